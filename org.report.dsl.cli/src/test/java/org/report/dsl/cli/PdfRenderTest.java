package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.format.FormatCatalog;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Table3;

/**
 * {@code render --format pdf} on the examples, read back with PDFBox: the expected page count, 「— n —」 on
 * every page, every font embedded as a subset, all 25 rows of table 三 with their group labels on one page,
 * no text outside the GB/T 9704 text area (but the page number), 9-digit numbers unbroken, and the bad
 * cases (no fonts, a runaway narrative) with a one-line message and no file. The pages are kept as PNG
 * under target/pdf/ to look at.
 *
 * <p>Skipped when no Chinese TrueType font is installed (see {@link PdfFonts}), except when CI is "true".
 */
class PdfRenderTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("reportdsl.root", ".."), "examples").normalize();
	private static final Path PNG = Path.of("target", "pdf");
	private static final float MM = 72f / 25.4f;

	/** The pages of each example (A4, GB/T 9704 margins, the fonts of fonts-arphic-* and fonts-wqy-zenhei). */
	private static final Map<String, Integer> PAGES = Map.of("huaian-shizhengfu-2024", 6, "keji-gongxin-2022", 5,
			"pingtan-2022", 7, "sanmenxia-keji-2025", 6);

	@TempDir
	Path dir;

	@BeforeEach
	void fonts() {
		try {
			PdfFonts.find();
		} catch (PdfFonts.Missing e) {
			if ("true".equals(System.getenv("CI"))) {
				fail("The PDF tests need a Chinese TrueType font and CI=true does not allow skipping them: " + e.getMessage());
			}
			Assumptions.assumeTrue(false, e.getMessage());
		}
	}

	@Test
	void examplesArePublishablePdfs() throws IOException {
		Path out = dir.resolve("out");
		List<String> args = new ArrayList<>(List.of("render", "--format", "pdf", "-o", out.toString()));
		PAGES.keySet().forEach(n -> args.add(EXAMPLES.resolve(n + ".report").toString()));
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertEquals(ExitCodes.OK, run.exit(), run.err());
		Files.createDirectories(PNG);
		for (Map.Entry<String, Integer> e : PAGES.entrySet()) {
			Path pdf = out.resolve(e.getKey() + ".pdf");
			assertTrue(Files.size(pdf) <= 1024 * 1024, pdf + " has " + Files.size(pdf) + " bytes");
			try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
				assertEquals(e.getValue(), doc.getNumberOfPages(), pdf::toString);
				List<String> pages = pages(doc);
				for (int i = 0; i < pages.size(); i++) {
					assertTrue(pages.get(i).contains("— " + (i + 1) + " —"), pdf + " page " + (i + 1) + ":\n" + pages.get(i));
				}
				assertFontsEmbedded(doc, pdf);
				assertTable3OnOnePage(pages, pdf);
				assertInsideTextArea(doc, pdf);
				PDFRenderer renderer = new PDFRenderer(doc);
				for (int i = 0; i < doc.getNumberOfPages(); i++) {
					ImageIO.write(renderer.renderImageWithDPI(i, 50), "png",
							PNG.resolve(e.getKey() + "-p" + (i + 1) + ".png").toFile());
				}
			}
		}
	}

	@Test
	void nineDigitNumbersDoNotWrap() throws IOException {
		String huaian = Files.readString(EXAMPLES.resolve("huaian-shizhengfu-2024.report"));
		String line = "3001   53  0  0  61  4  3119";
		assertTrue(huaian.contains(line));
		String big = huaian.replace(line, "123456789 987654321 0 0 61 4 111111175");
		Path source = TestFiles.write(dir, "big.report", big);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "pdf", "--force", "-o", out.toString(), source.toString());
		assertTrue(Files.exists(out.resolve("big.pdf")), run.err());
		try (PDDocument doc = Loader.loadPDF(out.resolve("big.pdf").toFile())) {
			String text = String.join("\n", pages(doc));
			for (String n : List.of("123456789", "987654321", "111111175")) {
				assertTrue(text.contains(n), n + " is split in:\n" + text);
			}
			assertInsideTextArea(doc, out.resolve("big.pdf"));
		}
	}

	@Test
	void withoutFontsNoPdfAndOneLineSaysWhatToInstall() throws IOException {
		Path empty = Files.createDirectories(dir.resolve("no-fonts"));
		Path out = dir.resolve("out");
		System.setProperty("reportdsl.fonts", empty.toString());
		System.setProperty("reportdsl.fonts.only", "true");
		CliRun run;
		try {
			run = CliRun.of("render", "--format", "pdf", "-o", out.toString(),
					EXAMPLES.resolve("sanmenxia-keji-2025.report").toString());
		} finally {
			System.clearProperty("reportdsl.fonts");
			System.clearProperty("reportdsl.fonts.only");
		}
		assertEquals(ExitCodes.USAGE_OR_IO, run.exit());
		assertTrue(run.err().contains(PdfFonts.MISSING), run.err());
		assertTrue(run.clean(), run.err());
		assertFalse(Files.exists(out.resolve("sanmenxia-keji-2025.pdf")));
	}

	@Test
	void aPdfToTheTerminalIsRefused() {
		CliRun run = CliRun.of("render", "--format", "pdf", EXAMPLES.resolve("sanmenxia-keji-2025.report").toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exit());
		assertTrue(run.err().contains("PDF（pdf）需要用 -o 指定输出目录"), run.err());
		assertEquals("", run.out());
	}

	private static List<String> pages(PDDocument doc) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int p = 1; p <= doc.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			pages.add(stripper.getText(doc));
		}
		return pages;
	}

	private static void assertFontsEmbedded(PDDocument doc, Path pdf) throws IOException {
		int fonts = 0;
		for (PDPage page : doc.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				fonts++;
				assertTrue(font.isEmbedded(), pdf + ": " + font.getName() + " is not embedded");
				if (font instanceof PDType0Font) {
					assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), pdf + ": " + font.getName() + " is not a subset");
				}
			}
		}
		assertTrue(fonts > 0, pdf + " has no fonts");
	}

	/** The 25 rows of table 三 and their group and block labels, all on the page of its first row. */
	private static void assertTable3OnOnePage(List<String> pages, Path pdf) {
		List<RowDef> rows = FormatCatalog.format(FormatVersion.V2021).table(Table3.TABLE).rows();
		assertEquals(25, rows.size());
		Set<String> labels = new LinkedHashSet<>();
		for (RowDef r : rows) {
			labels.add(r.label());
			if (r.group() != null) {
				labels.add(r.group());
			}
			if (r.block() != null) {
				labels.add(r.block());
			}
		}
		int page = -1;
		for (int i = 0; i < pages.size() && page < 0; i++) {
			if (squeeze(pages.get(i)).contains(squeeze(rows.get(0).label()))) {
				page = i;
			}
		}
		assertTrue(page >= 0, pdf + ": no page has " + rows.get(0).label());
		String text = squeeze(pages.get(page));
		for (String label : labels) {
			assertTrue(text.contains(squeeze(label)), pdf + " page " + (page + 1) + " lacks " + label);
		}
	}

	private static String squeeze(String s) {
		return s.replaceAll("\\s+", "");
	}

	/** Every character in the text area (A4 less 37/35/28/26 mm), but the page number below it. */
	private static void assertInsideTextArea(PDDocument doc, Path pdf) throws IOException {
		float left = 28 * MM - 1, right = (210 - 26) * MM + 1, top = 37 * MM - 1, bottom = (297 - 35) * MM + 1;
		List<String> outside = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				if (text.strip().matches("— \\d+ —")) {
					return;
				}
				for (TextPosition t : positions) {
					float x = t.getXDirAdj(), y = t.getYDirAdj();
					if (x < left || x + t.getWidthDirAdj() > right || y - t.getHeightDir() < top || y > bottom) {
						outside.add("p" + getCurrentPageNo() + " '" + t.getUnicode() + "' at " + x / MM + "," + y / MM + " mm in «" + text + "»");
					}
				}
			}
		};
		stripper.getText(doc);
		assertTrue(outside.isEmpty(), () -> pdf + ": text outside the text area:\n"
				+ String.join("\n", outside.subList(0, Math.min(20, outside.size()))));
	}

}
