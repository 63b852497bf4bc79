package org.report.dsl.tests.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.publish.pdf.PdfFonts;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.IssueList;
import org.report.dsl.tests.ReportDslInjectorProvider;
import org.report.dsl.tests.Sources;

import com.google.inject.Inject;
import org.report.dsl.format.Rule;

/** The one way from bytes to a checked report, and the one rendering service on top of it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class CheckTest {

	private static final URI URI_ = URI.createFileURI("/nowhere/test.report");
	/** Line 11 is the first row of table 三: R1 is an error there. */
	private static final String WITH_ERROR = Sources.table3("新收 自然人 1");

	@Inject
	private ReportLoader loader;

	@Inject
	private RenderService renderService;

	private CheckedReport check(byte[] bytes) {
		return loader.check(bytes, URI_, CancelIndicator.NullImpl);
	}

	@Test
	public void gbkIsRefusedWithItsPosition() {
		CheckedReport checked = check(("年报 测试局 2025\n一、总体情况").getBytes(Charset.forName("GBK")));
		assertFalse(checked.readable());
		assertEquals(new ReportLoader.Unreadable(Rule.ENCODING, "文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", 1, 1),
				checked.unreadable());
		assertNull(checked.resource());
		assertEquals(List.of(), checked.issues());
		assertEquals(1, checked.errors());
	}

	@Test
	public void binaryIsRefused() {
		CheckedReport checked = check(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 });
		assertEquals(new ReportLoader.Unreadable(Rule.ENCODING, "这是二进制文件，不是 .report 文本", 1, 1), checked.unreadable());
	}

	@Test
	public void sourceThatCannotBeReadIsAnIoProblem() {
		CheckedReport checked = loader.check(() -> {
			throw new IOException("磁盘已拔出");
		}, URI_, CancelIndicator.NullImpl);
		assertEquals(new ReportLoader.Unreadable(Rule.IO, "无法读取文件：磁盘已拔出", 1, 1), checked.unreadable());
	}

	@Test
	public void bomAndCrlfCheckLikeTheText() {
		String expected = "ERROR R1 11:6";
		byte[] lf = WITH_ERROR.getBytes(StandardCharsets.UTF_8);
		byte[] bomCrlf = ("\uFEFF" + WITH_ERROR.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
		for (byte[] bytes : List.of(lf, bomCrlf)) {
			CheckedReport checked = check(bytes);
			assertTrue(checked.readable());
			assertEquals(WITH_ERROR, checked.text().replace("\r\n", "\n"));
			assertEquals(expected, codes(checked));
			assertEquals(1, checked.errors());
		}
		assertEquals(expected, codes(loader.check(WITH_ERROR, URI_, CancelIndicator.NullImpl)));
	}

	@Test
	public void cancelledCheckHasNoFindings() {
		CheckedReport checked = loader.check(WITH_ERROR, URI_, () -> true);
		assertEquals(List.of(), checked.issues());
		assertEquals("测试局", checked.report().getOrgan());
	}

	@Test
	public void reportWithoutErrorsGetsEveryDocument() throws IOException {
		RenderService.Rendered rendered = renderService.render(check(Sources.valid().getBytes(StandardCharsets.UTF_8)),
				List.of(Documents.values()), false);
		assertEquals(List.of(), rendered.withheld());
		assertEquals(0, rendered.errors());
		assertTrue(rendered.documents().get(0).content().startsWith("测试局2025年政府信息公开工作年度报告"),
				rendered.documents().get(0).content().lines().findFirst().orElse(""));
		// Word and PDF are made in OSGi too, by the renderers the command line uses (the PDF needs a Chinese font)
		assertEquals(List.of("[Content_Types].xml", "word/document.xml"),
				zipEntries(document(rendered, Documents.DOCX)).stream()
						.filter(n -> n.equals("[Content_Types].xml") || n.equals("word/document.xml")).sorted().toList());
		if (fontsInstalled()) {
			assertEquals(List.of(Documents.TEXT, Documents.HTML, Documents.REVIEW, Documents.DOCX, Documents.PDF),
					kinds(rendered));
			assertEquals("%PDF-", new String(document(rendered, Documents.PDF), 0, 5, StandardCharsets.US_ASCII));
			assertEquals(List.of(), rendered.failed());
		} else {
			assertEquals(List.of(Documents.TEXT, Documents.HTML, Documents.REVIEW, Documents.DOCX), kinds(rendered));
			assertEquals(List.of(new RenderService.Failed(Documents.PDF, PdfFonts.MISSING)), rendered.failed());
		}
	}

	/** A PDF the renderer cannot make (no font) leaves the other documents as they are. */
	@Test
	public void pdfWithoutFontsIsNotMadeAndTheOthersAre() {
		String configured = System.getProperty("reportdsl.fonts");
		System.setProperty("reportdsl.fonts", "/nonexistent-fonts");
		System.setProperty("reportdsl.fonts.only", "true");
		try {
			RenderService.Rendered rendered = renderService.render(
					check(Sources.valid().getBytes(StandardCharsets.UTF_8)),
					List.of(Documents.PDF, Documents.TEXT, Documents.DOCX), false);
			assertEquals(List.of(Documents.TEXT, Documents.DOCX), kinds(rendered));
			assertEquals(List.of(new RenderService.Failed(Documents.PDF, PdfFonts.MISSING)), rendered.failed());
			assertEquals(List.of(), rendered.withheld());
		} finally {
			if (configured == null) {
				System.clearProperty("reportdsl.fonts");
			} else {
				System.setProperty("reportdsl.fonts", configured);
			}
			System.clearProperty("reportdsl.fonts.only");
		}
	}

	@Test
	public void reportWithErrorsGetsOnlyTheReviewPageUnlessForced() {
		CheckedReport checked = check(WITH_ERROR.getBytes(StandardCharsets.UTF_8));
		RenderService.Rendered rendered = renderService.render(checked, List.of(Documents.values()), false);
		assertEquals(List.of(Documents.REVIEW), kinds(rendered));
		assertEquals(List.of(Documents.TEXT, Documents.HTML, Documents.DOCX, Documents.PDF), rendered.withheld());
		assertEquals(1, rendered.errors());
		assertTrue(rendered.documents().get(0).content().contains("R1"), "the review page shows the finding");
		RenderService.Rendered forced = renderService.render(checked, List.of(Documents.TEXT, Documents.REVIEW), true);
		assertEquals(List.of(Documents.TEXT, Documents.REVIEW), kinds(forced));
		assertEquals(List.of(), forced.withheld());
	}

	@Test
	public void unreadableFileGetsNoDocument() {
		RenderService.Rendered rendered = renderService.render(check("年报 测试局".getBytes(Charset.forName("GBK"))),
				List.of(Documents.values()), true);
		assertEquals(List.of(), rendered.documents());
		assertEquals(List.of(Documents.values()), rendered.withheld());
		assertEquals(1, rendered.errors());
	}

	private static byte[] document(RenderService.Rendered rendered, Documents kind) {
		return rendered.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().bytes();
	}

	private static List<String> zipEntries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	private static boolean fontsInstalled() {
		try {
			PdfFonts.find();
			return true;
		} catch (PdfFonts.Missing e) {
			return false;
		}
	}

	private static List<RenderService.DocumentKind> kinds(RenderService.Rendered rendered) {
		return rendered.documents().stream().map(RenderService.Document::kind).toList();
	}

	private static String codes(CheckedReport checked) {
		return String.join("\n", checked.issues().stream().map(IssueList::line).map(l -> l.substring(0, l.indexOf(' ',
				l.indexOf(' ', l.indexOf(' ') + 1) + 1))).toList());
	}
}
