package org.report.dsl.ui.wizard;

import java.time.Year;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.report.dsl.format.FormatVersion;

/** Folder, organ, year and format of the new report; the file name follows organ and year. */
final class NewReportPage extends WizardPage {

	private final IContainer initial;
	private Text folder;
	private Text organ;
	private Spinner year;
	private Combo format;

	NewReportPage(IContainer initial) {
		super("newReport", "新建政府信息公开工作年度报告", null);
		this.initial = initial;
		setDescription("机关、年度与格式；生成含六个部分的骨架。");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		folder = field(c, "文件夹:", initial == null ? "" : initial.getFullPath().makeRelative().toString());
		organ = field(c, "机关:", "");
		new Label(c, SWT.NONE).setText("年度:");
		year = new Spinner(c, SWT.BORDER);
		year.setValues(Year.now().getValue() - 1, 2008, 2100, 0, 1, 10);
		new Label(c, SWT.NONE).setText("格式:");
		format = new Combo(c, SWT.READ_ONLY);
		for (FormatVersion v : FormatVersion.values()) {
			format.add(v.number() + "（" + v.document() + "）");
		}
		format.select(FormatVersion.values().length - 1);
		year.addModifyListener(e -> format.select(FormatVersion.requiredFor(year.getSelection()).ordinal()));
		organ.addModifyListener(e -> validate());
		folder.addModifyListener(e -> validate());
		setControl(c);
		validate();
	}

	private static Text field(Composite c, String label, String value) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER);
		t.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
		return t;
	}

	private void validate() {
		String problem = null;
		if (container() == null) {
			problem = "请选择已存在的项目或文件夹";
		} else if (organ.getText().isBlank()) {
			problem = "请填写机关名称";
		} else if (organ.getText().chars().anyMatch(Character::isWhitespace)) {
			problem = "机关名称不能含空格";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	IContainer container() {
		String path = folder.getText().trim();
		if (path.isEmpty()) {
			return null;
		}
		IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(path));
		return r instanceof IContainer c && r.getType() != IResource.ROOT ? c : null;
	}

	String organ() {
		return organ.getText().trim();
	}

	int year() {
		return year.getSelection();
	}

	FormatVersion format() {
		return FormatVersion.values()[format.getSelectionIndex()];
	}
}
