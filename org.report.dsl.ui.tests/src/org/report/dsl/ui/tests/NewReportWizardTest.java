package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.ui.model.ReportModels;
import org.report.dsl.ui.wizard.NewReportWizard;
import org.report.dsl.ui.wizard.Skeleton;

/** File › New › Annual Report, driven through its page's fields as a user fills them. */
public class NewReportWizardTest {

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	private static <T extends Control> List<T> controls(Control root, Class<T> type) {
		List<T> out = new ArrayList<>();
		if (type.isInstance(root)) {
			out.add(type.cast(root));
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				out.addAll(controls(child, type));
			}
		}
		return out;
	}

	@Test
	public void createsTheSkeletonForOrganYearAndFormat() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		NewReportWizard wizard = new NewReportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			Control page = wizard.getPages()[0].getControl();
			List<Text> texts = controls(page, Text.class);
			assertEquals("wizard", texts.get(0).getText(), "the folder is the selected project");
			assertFalse(wizard.canFinish(), "no organ yet");
			texts.get(1).setText("测试局");
			Spinner year = controls(page, Spinner.class).get(0);
			year.setSelection(2020);
			year.notifyListeners(SWT.Modify, new Event());
			Combo format = controls(page, Combo.class).get(0);
			assertEquals("2019（国办公开办函〔2019〕60号）", format.getText(), "the format follows the year");
			year.setSelection(2024);
			year.notifyListeners(SWT.Modify, new Event());
			assertEquals("2021（国办公开办函〔2021〕30号）", format.getText());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("测试局-2024.report");
		assertTrue(file.exists());
		String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(Skeleton.of("测试局", 2024, FormatVersion.V2021), text);
		assertTrue(text.startsWith("年报 测试局 2024 格式 2021\n\n一、总体情况\n"), text);
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class), "the new report is opened");
		List<String> findings = ReportModels.current(Workbench.document(editor)).issues().stream()
				.map(i -> i.getSeverity() + " " + i.getCode() + " line " + i.getLineNumber()).toList();
		assertEquals(List.of(), findings);
	}
}
