package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.publish.pdf.PdfFonts;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.Sources;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.generate.GenerateOnSave;
import org.report.dsl.ui.generate.GenerationPropertyPage;
import org.report.dsl.ui.generate.GenerationSettings;

/**
 * Generation on save: saving a report writes the documents its project chooses into the output folder
 * (derived; Word and PDF too, read back with POI and checked as PDF), a report with an error yields only
 * the review page, a PDF that cannot be made is a warning marker, and changing the project's settings
 * regenerates.
 */
public class GenerationTest {

	/** Line 11 is the first row of table 三: R1 is an error there. */
	private static final String WITH_ERROR = Sources.table3("新收 自然人 1");

	@BeforeAll
	public static void started() {
		Workbench.waitFor("the workbench's startup to start generation on save", GenerateOnSave::started);
	}

	@AfterEach
	public void close() {
		Workbench.closeAll();
		settle();
	}

	/**
	 * Waits until generation has nothing queued or running. A save made while another job was changing the
	 * workspace may be announced to the listener only later (Eclipse defers that notification): an empty
	 * operation on the whole workspace, once the generation is idle, has it announced now, and the
	 * generation it starts is waited for too.
	 */
	static void settle() {
		Workbench.waitFor("generation on save", () -> Job.getJobManager().find(GenerateOnSave.FAMILY).length == 0);
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				// nothing: its end broadcasts the changes not yet announced
			}, ResourcesPlugin.getWorkspace().getRoot(), IResource.NONE, null);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
		Workbench.waitFor("generation on save", () -> Job.getJobManager().find(GenerateOnSave.FAMILY).length == 0);
	}

	/** The documents RenderService makes of the file's bytes as they are now (what the CLI would write). */
	private static RenderService.Rendered rendered(IFile file, List<Documents> kinds) throws CoreException {
		byte[] bytes = file.readAllBytes();
		return ReportUi.injector().getInstance(RenderService.class).render(ReportUi.injector().getInstance(ReportLoader.class)
				.check(bytes, URI.createFileURI(file.getLocation().toOSString()), CancelIndicator.NullImpl), kinds, false);
	}

	/** The names of the files in the project's folder, generated ones only, sorted. */
	private static List<String> generated(IProject project, String folder) throws CoreException {
		List<String> out = new ArrayList<>();
		if (project.getFolder(folder).exists()) {
			project.getFolder(folder).accept(r -> {
				if (r.getType() == IResource.FILE) {
					out.add(r.getProjectRelativePath().toPortableString());
				}
				return true;
			});
		}
		out.sort(null);
		return out;
	}

	/** Creates the project's folder (a new file of the workspace needs its folder). */
	private static void folder(String project, String name) throws CoreException {
		Workbench.file(project, "placeholder.txt", "");
		org.eclipse.core.resources.IFolder folder = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject(project).getFolder(name);
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
	}

	/**
	 * Saves new content into the file. The changes before it (the file's creation) are announced first: on a
	 * busy machine Eclipse defers its notifications, and a creation and a save announced together are one
	 * creation, which is no save (the test then saw no documents).
	 */
	private static void save(IFile file, String text) throws CoreException {
		settle();
		Workbench.file(file.getProject().getName(), file.getProjectRelativePath().toPortableString(), text);
	}

	@Test
	public void savingAReportInTheEditorWritesTextAndHtmlIntoTheOutputFolderAsDerivedFiles() throws Exception {
		ITextEditor editor = Workbench.openParsed("generate-save", "pingtan-2022.report", Workbench.example("pingtan-2022.report"));
		IFile report = editor.getEditorInput().getAdapter(IFile.class);
		IProject project = report.getProject();
		settle();
		assertEquals(List.of(), generated(project, "generated"), "creating a file is no save");
		IDocument document = Workbench.document(editor);
		document.replace(document.getLength(), 0, "\n// 已审核\n");
		editor.doSave(new NullProgressMonitor());
		IFile txt = project.getFile("generated/pingtan-2022.txt");
		IFile html = project.getFile("generated/pingtan-2022.html");
		Workbench.waitFor("the text and the page", () -> txt.exists() && html.exists());
		settle();
		assertEquals(List.of("generated/pingtan-2022.html", "generated/pingtan-2022.txt"), generated(project, "generated"));
		RenderService.Rendered expected = rendered(report, List.of(Documents.TEXT, Documents.HTML));
		assertArrayEquals(expected.documents().get(0).bytes(), txt.readAllBytes());
		assertArrayEquals(expected.documents().get(1).bytes(), html.readAllBytes());
		assertTrue(new String(txt.readAllBytes(), StandardCharsets.UTF_8).startsWith("平潭综合实验区"));
		assertTrue(txt.isDerived(), "derived");
		assertTrue(html.isDerived(), "derived");
		assertTrue(project.getFolder("generated").isDerived(), "the output folder is derived");
		assertFalse(report.isDerived());
	}

	@Test
	public void reportsInFoldersKeepTheirFoldersSoSameNamesDoNotCollide() throws Exception {
		folder("generate-folders", "甲局");
		folder("generate-folders", "乙局");
		IFile a = Workbench.file("generate-folders", "甲局/2024.report", "");
		IFile b = Workbench.file("generate-folders", "乙局/2024.report", "");
		save(a, Sources.valid());
		save(b, Sources.valid().replace("测试局", "乙局"));
		settle();
		IProject project = a.getProject();
		assertEquals(List.of("generated/乙局/2024.html", "generated/乙局/2024.txt", "generated/甲局/2024.html",
				"generated/甲局/2024.txt"), generated(project, "generated"));
		assertTrue(new String(project.getFile("generated/乙局/2024.txt").readAllBytes(), StandardCharsets.UTF_8)
				.startsWith("乙局2025年"));
		b.delete(true, null);
		settle();
		assertEquals(List.of("generated/甲局/2024.html", "generated/甲局/2024.txt"), generated(project, "generated"),
				"a deleted report's documents go with it");
	}

	@Test
	public void aReportWithAnErrorYieldsOnlyTheReviewPage() throws Exception {
		IFile report = Workbench.file("generate-error", "b.report", "");
		IProject project = report.getProject();
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/b.html", "generated/b.txt"), generated(project, "generated"));
		save(report, WITH_ERROR);
		settle();
		assertEquals(List.of("generated/b.review.html"), generated(project, "generated"));
		RenderService.Rendered expected = rendered(report, List.of(Documents.REVIEW));
		assertEquals(1, expected.errors());
		assertArrayEquals(expected.documents().get(0).bytes(), project.getFile("generated/b.review.html").readAllBytes());
		assertTrue(new String(project.getFile("generated/b.review.html").readAllBytes(), StandardCharsets.UTF_8).contains("R1"));
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/b.html", "generated/b.txt"), generated(project, "generated"),
				"fixed: the documents are back and the review page is gone");
	}

	@Test
	public void savingLastYearsReportRegeneratesTheReportThatNamesIt() throws Exception {
		IFile last = Workbench.file("generate-years", "a.report", "");
		IFile current = Workbench.file("generate-years", "b.report", "");
		IProject project = last.getProject();
		save(last, CrossYearTest.LAST_YEAR_CORRECTED);
		save(current, CrossYearTest.THIS_YEAR);
		settle();
		assertEquals(List.of("generated/a.html", "generated/a.txt", "generated/b.html", "generated/b.txt"),
				generated(project, "generated"));
		save(last, CrossYearTest.LAST_YEAR);
		settle();
		assertEquals(List.of("generated/a.html", "generated/a.txt", "generated/b.review.html"),
				generated(project, "generated"), "this year's carry-over (X1) fails now: only its review page");
		assertTrue(new String(project.getFile("generated/b.review.html").readAllBytes(), StandardCharsets.UTF_8)
				.contains("X1"));
		save(last, CrossYearTest.LAST_YEAR_CORRECTED);
		settle();
		assertEquals(List.of("generated/a.html", "generated/a.txt", "generated/b.html", "generated/b.txt"),
				generated(project, "generated"));
	}

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

	/** Fails on CI (where build.sh installs them) and skips elsewhere when no Chinese TrueType font is installed. */
	private static void assumeFonts() {
		try {
			PdfFonts.find();
		} catch (PdfFonts.Missing e) {
			if ("true".equals(System.getenv("CI"))) {
				throw new AssertionError("The PDF needs a Chinese TrueType font and CI=true does not allow skipping: "
						+ e.getMessage());
			}
			Assumptions.assumeTrue(false, "PDF skipped: " + e.getMessage());
		}
	}

	/** The text of a Word document's paragraphs, as POI reads it back. */
	private static List<String> paragraphs(IFile docx) throws Exception {
		try (InputStream in = docx.getContents(true); XWPFDocument doc = new XWPFDocument(in)) {
			return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
		}
	}

	@Test
	public void choosingWordAndPdfWritesThemOnSaveAndAReportWithAnErrorYieldsOnlyTheReviewPage() throws Exception {
		assumeFonts();
		IFile report = Workbench.file("generate-office", "f.report", "");
		IProject project = report.getProject();
		new GenerationSettings(true, List.of(Documents.DOCX, Documents.PDF), "generated").save(project);
		settle();
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/f.docx", "generated/f.pdf"), generated(project, "generated"));
		IFile docx = project.getFile("generated/f.docx");
		IFile pdf = project.getFile("generated/f.pdf");
		assertEquals("测试局2025年政府信息公开工作年度报告", paragraphs(docx).get(0));
		assertEquals("一、总体情况", paragraphs(docx).get(1));
		byte[] pdfBytes = pdf.readAllBytes();
		assertEquals("%PDF-", new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII));
		assertTrue(pdfBytes.length > 10_000, pdfBytes.length + " bytes: the fonts are embedded");
		assertTrue(docx.isDerived() && pdf.isDerived(), "derived");
		assertEquals(List.of(), generationProblems(report));

		save(report, WITH_ERROR);
		settle();
		assertEquals(List.of("generated/f.review.html"), generated(project, "generated"),
				"a report with an error: neither Word nor PDF, only the review page");
		save(report, Sources.valid());
		settle();
		assertEquals(List.of("generated/f.docx", "generated/f.pdf"), generated(project, "generated"));
	}

	@Test
	public void aPdfThatCannotBeMadeGivesAWarningAndTheOtherDocumentsAreWritten() throws Exception {
		IFile report = Workbench.file("generate-nofonts", "g.report", "");
		IProject project = report.getProject();
		new GenerationSettings(true, List.of(Documents.TEXT, Documents.PDF, Documents.DOCX), "generated").save(project);
		settle();
		System.setProperty("reportdsl.fonts", "/nonexistent-fonts");
		System.setProperty("reportdsl.fonts.only", "true");
		try {
			save(report, Sources.valid());
			settle();
		} finally {
			System.clearProperty("reportdsl.fonts");
			System.clearProperty("reportdsl.fonts.only");
		}
		assertEquals(List.of("generated/g.docx", "generated/g.txt"), generated(project, "generated"));
		assertEquals(List.of("未生成 PDF（.pdf）：" + PdfFonts.MISSING), generationProblems(report));
		assertEquals(org.eclipse.core.resources.IMarker.SEVERITY_WARNING,
				report.findMarkers("org.report.dsl.ui.generation", false, IResource.DEPTH_ZERO)[0]
						.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1));
		assertEquals("测试局2025年政府信息公开工作年度报告", paragraphs(project.getFile("generated/g.docx")).get(0));
	}

	/** The messages of the report's generation problem markers. */
	private static List<String> generationProblems(IFile report) throws CoreException {
		List<String> out = new ArrayList<>();
		for (org.eclipse.core.resources.IMarker m : report.findMarkers("org.report.dsl.ui.generation", false, IResource.DEPTH_ZERO)) {
			out.add(m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""));
		}
		return out;
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
