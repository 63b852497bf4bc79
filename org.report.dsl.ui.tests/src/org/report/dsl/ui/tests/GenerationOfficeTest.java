package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.publish.pdf.PdfFonts;
import org.report.dsl.tests.Sources;
import org.report.dsl.ui.generate.GenerationSettings;

/**
 * Generation on save of Word and PDF: both written and read back (POI; the PDF's header and embedded
 * fonts), neither for a report with an error, and a PDF that cannot be made is a warning marker while the
 * other documents are written. The rest of generation on save: {@link GenerationTest}.
 */
public class GenerationOfficeTest extends GenerationFixture {

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
}
