package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.Sources;
import org.report.dsl.ui.ReportUi;

/**
 * Generation on save: saving a report writes the documents its project chooses into the output folder
 * (derived), a report with an error yields only the review page, changing the project's settings
 * regenerates, an output folder that cannot be used is a marker. Word and PDF: {@link GenerationOfficeTest}.
 */
public class GenerationTest extends GenerationFixture {

	/** The documents RenderService makes of the file's bytes as they are now (what the CLI would write). */
	private static RenderService.Rendered rendered(IFile file, List<Documents> kinds) throws CoreException {
		byte[] bytes = file.readAllBytes();
		return ReportUi.injector().getInstance(RenderService.class).render(ReportUi.injector().getInstance(ReportLoader.class)
				.check(bytes, URI.createFileURI(file.getLocation().toOSString()), CancelIndicator.NullImpl), kinds, false);
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
}
