package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.tests.Sources;
import org.report.dsl.ui.generate.GenerationPropertyPage;
import org.report.dsl.ui.generate.GenerationSettings;

/**
 * The project's generation settings: changing them regenerates (and deletes the old documents, not the
 * user's files), the property page shows them and its OK regenerates, an output folder that is a file is a
 * marker saying so, and one outside the project is refused. Generation on save itself: {@link GenerationTest}.
 */
public class GenerationSettingsTest extends GenerationFixture {

	@Test
	public void changingTheProjectSettingsRegenerates() throws Exception {
		IFile report = Workbench.file("generate-settings", "c.report", "");
		IProject project = report.getProject();
		folder("generate-settings", "generated");
		IFile own = Workbench.file("generate-settings", "generated/notes.txt", "the user's own file");
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/c.html", "generated/c.txt", "generated/notes.txt"), generated(project, "generated"));

		new GenerationSettings(true, List.of(Documents.TEXT, Documents.REVIEW), "out/docs").save(project);
		settle();
		assertEquals(List.of("generated/notes.txt"), generated(project, "generated"), "the old documents are deleted, not the user's");
		assertTrue(own.exists());
		assertEquals(List.of("out/docs/c.review.html", "out/docs/c.txt"), generated(project, "out"));
		assertEquals(new GenerationSettings(true, List.of(Documents.TEXT, Documents.REVIEW), "out/docs"),
				GenerationSettings.of(project));

		new GenerationSettings(false, List.of(Documents.TEXT, Documents.REVIEW), "out/docs").save(project);
		settle();
		assertEquals(List.of(), generated(project, "out"), "off: the documents are deleted");
		save(report, Sources.valid().replace("测试局", "另一局"));
		settle();
		assertEquals(List.of(), generated(project, "out"), "off: saving generates nothing");

		GenerationSettings.DEFAULT.save(project);
		settle();
		assertEquals(List.of("generated/c.html", "generated/c.txt", "generated/notes.txt"), generated(project, "generated"));
		assertTrue(new String(project.getFile("generated/c.txt").readAllBytes(), StandardCharsets.UTF_8).startsWith("另一局"));
	}

	/** Every control under the given one, depth first. */
	private static List<org.eclipse.swt.widgets.Control> controls(org.eclipse.swt.widgets.Control control) {
		List<org.eclipse.swt.widgets.Control> out = new ArrayList<>();
		out.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				out.addAll(controls(child));
			}
		}
		return out;
	}

	/** The page's check box whose label starts with the given text. */
	private static org.eclipse.swt.widgets.Button box(org.eclipse.jface.preference.IPreferencePage page, String label) {
		return controls(page.getControl()).stream().filter(c -> c instanceof org.eclipse.swt.widgets.Button b
				&& b.getText().startsWith(label)).map(c -> (org.eclipse.swt.widgets.Button) c).findFirst().orElseThrow();
	}

	@Test
	public void thePropertyPageShowsTheSettingsAndItsOkRegenerates() throws Exception {
		IFile report = Workbench.file("generate-page", "d.report", "");
		IProject project = report.getProject();
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/d.html", "generated/d.txt"), generated(project, "generated"));
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPropertyDialogOn(
				Workbench.page().getWorkbenchWindow().getShell(), project, GenerationPropertyPage.ID,
				new String[] { GenerationPropertyPage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			GenerationPropertyPage page = (GenerationPropertyPage) dialog.getSelectedPage();
			assertEquals(List.of("保存报告时生成文档", "正式文本（.txt）", "打印版网页（.html）", "审阅页（.review.html）",
					"Word 文档（.docx）", "PDF（.pdf）"),
					controls(page.getControl()).stream().filter(c -> c instanceof org.eclipse.swt.widgets.Button b
							&& (b.getStyle() & org.eclipse.swt.SWT.CHECK) != 0)
							.map(c -> ((org.eclipse.swt.widgets.Button) c).getText()).toList(),
					"every document of RenderService is offered, in its order");
			assertTrue(box(page, "保存报告时生成文档").getSelection());
			assertTrue(box(page, "正式文本").getSelection());
			assertTrue(box(page, "打印版网页").getSelection());
			assertFalse(box(page, "审阅页").getSelection());
			org.eclipse.swt.widgets.Text output = controls(page.getControl()).stream()
					.filter(org.eclipse.swt.widgets.Text.class::isInstance).map(org.eclipse.swt.widgets.Text.class::cast)
					.findFirst().orElseThrow();
			assertEquals("generated", output.getText());
			output.setText("../elsewhere");
			assertFalse(page.isValid());
			assertEquals("输出目录不能在项目之外（不能含「..」）", page.getErrorMessage());
			output.setText("docs");
			assertTrue(page.isValid());
			box(page, "打印版网页").setSelection(false);
			box(page, "审阅页").setSelection(true);
			box(page, "Word 文档").setSelection(true);
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		settle();
		assertEquals(List.of(), generated(project, "generated"));
		assertEquals(List.of("docs/d.docx", "docs/d.review.html", "docs/d.txt"), generated(project, "docs"));
		assertEquals(new GenerationSettings(true, List.of(Documents.TEXT, Documents.REVIEW, Documents.DOCX), "docs"),
				GenerationSettings.of(project));
	}

	@Test
	public void anOutputFolderThatIsAFileGivesTheReportAMarkerSayingSo() throws Exception {
		IFile report = Workbench.file("generate-file", "e.report", "");
		IProject project = report.getProject();
		IFile notes = Workbench.file("generate-file", "notes.txt", "not a folder");
		new GenerationSettings(true, List.of(Documents.TEXT), "notes.txt").save(project);
		settle();
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("无法生成文档（输出目录 notes.txt）：notes.txt 是文件，不是目录"), generationProblems(report));
		assertEquals("not a folder", new String(notes.readAllBytes(), StandardCharsets.UTF_8));
		new GenerationSettings(true, List.of(Documents.TEXT), "docs").save(project);
		settle();
		assertEquals(List.of(), generationProblems(report));
		assertEquals(List.of("docs/e.txt"), generated(project, "docs"));
	}

	@Test
	public void anOutputFolderOutsideTheProjectIsRefused() {
		assertEquals("输出目录不能在项目之外（不能含「..」）", GenerationSettings.outputProblem("../elsewhere"));
		assertEquals("输出目录应是项目内的相对路径", GenerationSettings.outputProblem("/tmp/out"));
		assertEquals("请填写输出目录", GenerationSettings.outputProblem(" "));
		assertEquals(null, GenerationSettings.outputProblem("out/docs"));
	}
}
