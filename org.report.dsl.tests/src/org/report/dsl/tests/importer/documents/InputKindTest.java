package org.report.dsl.tests.importer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.InputKind;
import org.report.dsl.importer.ReportImporter;

/**
 * Detection of what a file to import is, by its content, and the web page and PDF readers running
 * inside the OSGi runtime (jsoup, PDFBox and POI's HWPF for .doc come through the target platform).
 */
public class InputKindTest {

	private static final Path CORPUS = Path.of(System.getProperty("reportdsl.root", ".."), "corpus")
			.toAbsolutePath().normalize();

	private static InputKind kind(String s) {
		return InputKind.of(s.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	public void byContent() throws IOException {
		assertEquals(InputKind.HTML, InputKind.of(Files.readAllBytes(CORPUS.resolve("html/pingtan-2022.html"))));
		assertEquals(InputKind.PDF, InputKind.of(Files.readAllBytes(CORPUS.resolve("pdf/huaian-shizhengfu-2024.pdf"))));
		assertEquals(InputKind.TEXT, InputKind.of(Files.readAllBytes(CORPUS.resolve("published/pingtan-2022.txt"))));
		assertEquals(InputKind.HTML, kind("\u00ef\u00bb\u00bf<!-- saved --> <html lang=zh><body>"));
		assertEquals(InputKind.HTML, kind("\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"));
		assertEquals(InputKind.TEXT, kind("<表格> 一、总体情况"));
		assertEquals(InputKind.TEXT, kind("<htmlish>"));
		assertEquals(InputKind.DOCX, kind("PK\u0003\u0004....[Content_Types].xml....word/document.xml...."));
		assertEquals(InputKind.ZIP, kind("PK\u0003\u0004....xl/workbook.xml...."));
		assertEquals(InputKind.OLE2, InputKind.of(Files.readAllBytes(CORPUS.resolve("generated/doc/pingtan-2022.doc"))));
		assertEquals(InputKind.OLE2, kind("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000\u0000"));
		assertEquals(InputKind.PDF, kind("\n\n%PDF-1.7\n"));
	}

	@Test
	public void webPagePdfAndWordDocImportInsideOsgi() throws IOException {
		ReportImporter importer = new ReportImporter();
		for (String file : new String[] { "html/pingtan-2022.html", "pdf/huaian-shizhengfu-2024.pdf",
				"generated/doc/pingtan-2022.doc" }) {
			ImportResult result = importer.importText(file, Files.readAllBytes(CORPUS.resolve(file)), null);
			assertEquals(ImportResult.Outcome.IMPORTED, result.outcome(), result.findings().toString());
			assertTrue(!result.hasErrors(), result.findings().toString());
		}
	}
}
