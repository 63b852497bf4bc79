package org.report.dsl.ui.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;
import org.report.dsl.publish.RenderService.DocumentKind;
import org.report.dsl.publish.RenderService.Documents;

/**
 * The project's page for generation on save (Properties › 报告生成): on or off, the documents (one
 * box for each of {@link Documents}, so that a new document is offered without a change here), the
 * output folder. OK stores the settings in the project ({@link GenerationSettings#save}), which
 * regenerates the project.
 */
public class GenerationPropertyPage extends PropertyPage {

	/** The page's id in plugin.xml. */
	public static final String ID = "org.report.dsl.ui.generation";

	private Button enabled;
	private final Map<Documents, Button> documents = new EnumMap<>(Documents.class);
	private Text output;

	@Override
	protected Control createContents(Composite parent) {
		GenerationSettings settings = GenerationSettings.of(project());
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		enabled = new Button(page, SWT.CHECK);
		enabled.setText("保存报告时生成文档");
		enabled.setSelection(settings.enabled());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
		Group kinds = new Group(page, SWT.NONE);
		kinds.setText("生成的文档（有错误的报告只生成审阅页）");
		GridLayoutFactory.swtDefaults().applyTo(kinds);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(kinds);
		for (Documents kind : Documents.values()) {
			Button box = new Button(kinds, SWT.CHECK);
			box.setText(label(kind));
			box.setSelection(settings.documents().contains(kind));
			documents.put(kind, box);
		}
		new Label(page, SWT.NONE).setText("输出目录（项目内）：");
		output = new Text(page, SWT.BORDER);
		output.setText(settings.output());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addModifyListener(e -> check());
		return page;
	}

	/** How a document is offered: its name and its file ending, 「Word 文档（.docx）」. */
	static String label(Documents kind) {
		return kind.title() + "（" + kind.extension() + "）";
	}

	private void check() {
		String problem = GenerationSettings.outputProblem(output.getText());
		setErrorMessage(problem);
		setValid(problem == null);
	}

	@Override
	protected void performDefaults() {
		enabled.setSelection(GenerationSettings.DEFAULT.enabled());
		documents.forEach((kind, box) -> box.setSelection(GenerationSettings.DEFAULT.documents().contains(kind)));
		output.setText(GenerationSettings.DEFAULT.output());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		List<DocumentKind> chosen = new ArrayList<>();
		documents.forEach((kind, box) -> {
			if (box.getSelection()) {
				chosen.add(kind);
			}
		});
		GenerationSettings settings = new GenerationSettings(enabled.getSelection(), chosen, output.getText().strip());
		if (settings.equals(GenerationSettings.of(project()))) {
			return true;
		}
		try {
			settings.save(project());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("无法保存设置：" + e.getMessage());
			return false;
		}
	}

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}
}
