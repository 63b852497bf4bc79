package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.format.FormatCatalog;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Table3;
import org.report.dsl.publish.pdf.PdfFonts;
import org.report.dsl.publish.pdf.PdfRenderer;

/**
 * {@code render --format pdf} on the examples, read back with PDFBox: the expected page count, 「— n —」 on
 * every page, every font embedded as a subset, all 25 rows of table 三 with their group labels on one page,
 * no text outside the GB/T 9704 text area (but the page number), 9-digit numbers unbroken, and the bad
 * cases (no fonts, a runaway narrative) with a one-line message and no file. Every page of each example's
 * PDF is kept as a PNG (100 dpi) under target/screenshots/pdf/ to look at (CI copies them back).
 *
 * <p>Skipped when no Chinese TrueType font is installed (see {@link PdfFonts}), except when CI is "true".
 */
class PdfRenderTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("reportdsl.root", ".."), "examples").normalize();
	private static final Path PNG = Path.of("target", "screenshots", "pdf");
	private static final float MM = 72f / 25.4f;

	/** The pages of each example (A4, GB/T 9704 margins, the fonts of fonts-arphic-* and fonts-wqy-zenhei). */
	private static final Map<String, Integer> PAGES = Map.of("huaian-shizhengfu-2024", 6, "keji-gongxin-2022", 5,
			"pingtan-2022", 7, "sanmenxia-keji-2025", 5);

	/** The example whose published text has an error (S6): rendered with --force. */
	private static final String FORCED = "yindu-keji-2025";

	private static final int FORCED_PAGES = 4;

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
		for (Map.Entry<String, Integer> e : PAGES.entrySet()) {
			assertPublishable(out.resolve(e.getKey() + ".pdf"), e.getValue());
		}
	}

	/** The example with an error in its published text, forced: a PDF like the others. */
	@Test
	void theForcedExampleIsPublishableToo() throws IOException {
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "pdf", "--force", "-o", out.toString(),
				EXAMPLES.resolve(FORCED + ".report").toString());
		assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
		assertPublishable(out.resolve(FORCED + ".pdf"), FORCED_PAGES);
	}

	/**
	 * At most 1 MB, the expected pages each numbered, fonts embedded as subsets, table 三 whole on one page,
	 * nothing outside the text area; every page kept as a PNG of 100 dpi.
	 */
	private static void assertPublishable(Path pdf, int expectedPages) throws IOException {
		assertTrue(Files.size(pdf) <= 1024 * 1024, pdf + " has " + Files.size(pdf) + " bytes");
		String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertEquals(expectedPages, doc.getNumberOfPages(), pdf::toString);
			List<String> pages = pages(doc);
			for (int i = 0; i < pages.size(); i++) {
				assertTrue(pages.get(i).contains("— " + (i + 1) + " —"), pdf + " page " + (i + 1) + ":\n" + pages.get(i));
			}
			assertFontsEmbedded(doc, pdf);
			assertTable3OnOnePage(pages, pdf);
			assertInsideTextArea(doc, pdf);
			Files.createDirectories(PNG);
			PDFRenderer renderer = new PDFRenderer(doc);
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				Path png = PNG.resolve(name + "-p" + (i + 1) + ".png");
				BufferedImage image = renderer.renderImageWithDPI(i, 100);
				// A4 at 100 dpi: 826 × 1169 px
				assertEquals(826, image.getWidth(), png::toString);
				assertEquals(1169, image.getHeight(), png::toString);
				ImageIO.write(image, "png", png.toFile());
				assertTrue(Files.size(png) > 10 * 1024, png + " has " + Files.size(png) + " bytes");
			}
		}
	}

	/**
	 * Table 三's 新收 row with a 9-digit value in every column (and its computed 总计 rows 9 digits too): each
	 * number is found whole on one text line of the PDF, and nothing leaves the text area.
	 */
	@Test
	void nineDigitNumbersDoNotWrap() throws IOException {
		String huaian = Files.readString(EXAMPLES.resolve("huaian-shizhengfu-2024.report"));
		String line = "3001   53  0  0  61  4  3119";
		assertTrue(huaian.contains(line));
		List<String> values = List.of("123456789", "111111111", "101010101", "100000000", "100200300", "123456000");
		String total = Long.toString(values.stream().mapToLong(Long::parseLong).sum());
		assertEquals(9, total.length());
		String big = huaian.replace(line, String.join(" ", values) + " " + total);
		Path source = TestFiles.write(dir, "big.report", big);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "pdf", "--force", "-o", out.toString(), source.toString());
		assertTrue(Files.exists(out.resolve("big.pdf")), run.err());
		try (PDDocument doc = Loader.loadPDF(out.resolve("big.pdf").toFile())) {
			List<String> lines = pages(doc).stream().flatMap(String::lines).toList();
			List<String> numbers = new ArrayList<>(values);
			numbers.add(total);
			for (String n : numbers) {
				assertTrue(lines.stream().anyMatch(l -> l.matches(".*(^|\\D)" + n + "(\\D|$).*")),
						n + " is not whole on one line in:\n" + String.join("\n", lines));
			}
			assertInsideTextArea(doc, out.resolve("big.pdf"));
		}
	}

	/**
	 * A narrative that would set more than 500 pages: one message saying so, exit code 2, and nothing in the
	 * output folder (not even a temporary file). Refused after the layout (about 550 pages), and before it for
	 * a text no 500 pages can hold.
	 */
	@Test
	void aRunawayNarrativeIsRefusedAndNothingIsWritten() throws IOException {
		String sanmenxia = Files.readString(EXAMPLES.resolve("sanmenxia-keji-2025.report"));
		String heading = "五、存在的主要问题及改进情况\n\"\"\"\n";
		assertTrue(sanmenxia.contains(heading));
		String paragraph = "本年度政府信息公开工作继续加强，各项制度不断完善，公开内容更加丰富，公开形式更加多样。".repeat(10);
		for (int paragraphs : List.of(700, PdfRenderer.MAX_CHARACTERS / paragraph.length() + 1)) {
			String text = String.join("\n\n", java.util.Collections.nCopies(paragraphs, paragraph));
			Path source = TestFiles.write(dir, "long" + paragraphs + ".report", sanmenxia.replace(heading, heading + text + "\n\n"));
			Path out = dir.resolve("out" + paragraphs);
			CliRun run = CliRun.of("render", "--format", "pdf", "-o", out.toString(), source.toString());
			assertEquals(ExitCodes.USAGE_OR_IO, run.exit(), run.err());
			List<String> said = run.err().lines().filter(l -> l.contains("PDF 将有")).toList();
			assertEquals(1, said.size(), run.err());
			assertTrue(said.get(0).matches(".*long" + paragraphs + "\\.report:1:1: error: PDF 将有 (至少 )?\\d+ 页，超过上限 500 页，"
					+ "未生成：请检查叙述文字是否重复或过长 \\[IO\\]"), said.get(0));
			assertTrue(run.err().contains("生成 0 份文档"), run.err());
			assertTrue(run.clean(), run.err());
			try (Stream<Path> left = Files.exists(out) ? Files.walk(out) : Stream.empty()) {
				assertEquals(List.of(), left.filter(Files::isRegularFile).toList());
			}
		}
	}

	/**
	 * Table 三 forced to continue (the print page of huaian set on pages 200 mm tall): the block label
	 * 三、本年度办理结果 is printed in the block column of every page the table continues on, and once on
	 * its first page; an A4 PDF, where the table fits, prints it once.
	 */
	@Test
	void aContinuedTableRestatesItsBlockLabel() throws Exception {
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "html", "-o", out.toString(),
				EXAMPLES.resolve("huaian-shizhengfu-2024.report").toString());
		assertEquals(ExitCodes.OK, run.exit(), run.err());
		String html = Files.readString(out.resolve("huaian-shizhengfu-2024.html"));
		assertTrue(html.contains("size: A4;"));
		String block = table3Block();
		try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(html.replace("size: A4;", "size: 210mm 200mm;")))) {
			List<Integer> table3Pages = table3Pages(pages(doc));
			assertTrue(table3Pages.size() >= 2, "table 三 does not continue: " + table3Pages);
			for (int page : table3Pages) {
				String column = blockColumn(doc, page);
				assertEquals(1, count(column, block), "page " + (page + 1) + " block column: " + column);
			}
			Files.createDirectories(PNG);
			PDFRenderer renderer = new PDFRenderer(doc);
			for (int page : table3Pages) {
				ImageIO.write(renderer.renderImageWithDPI(page, 100), "png", PNG.resolve("continued-table3-p" + (page + 1) + ".png").toFile());
			}
		}
		try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(html))) {
			List<Integer> table3Pages = table3Pages(pages(doc));
			assertEquals(1, table3Pages.size(), table3Pages::toString);
			assertEquals(1, count(blockColumn(doc, table3Pages.get(0)), block));
		}
	}

	/** The block label of table 三 (三、本年度办理结果), from the format. */
	private static String table3Block() {
		return FormatCatalog.format(FormatVersion.V2021).table(Table3.TABLE).rows().stream().map(RowDef::block)
				.filter(java.util.Objects::nonNull).findFirst().orElseThrow();
	}

	/** The pages (0-based) that hold rows of table 三 with a block label. */
	private static List<Integer> table3Pages(List<String> pages) {
		List<String> rows = FormatCatalog.format(FormatVersion.V2021).table(Table3.TABLE).rows().stream()
				.filter(r -> r.block() != null).map(r -> squeeze(r.label())).toList();
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			String text = squeeze(pages.get(i));
			if (rows.stream().anyMatch(text::contains)) {
				found.add(i);
			}
		}
		return found;
	}

	/** The text of a page's block column (the first 9 mm of the text area), squeezed. */
	private static String blockColumn(PDDocument doc, int page) throws IOException {
		PDFTextStripperByArea area = new PDFTextStripperByArea();
		area.setSortByPosition(true);
		area.addRegion("block", new Rectangle2D.Float(27 * MM, 0, 10 * MM, 297 * MM));
		area.extractRegions(doc.getPage(page));
		return squeeze(area.getTextForRegion("block"));
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(squeeze(part)); i >= 0; i = text.indexOf(squeeze(part), i + 1)) {
			n++;
		}
		return n;
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
		// one line, naming the Debian packages to install
		assertEquals(1, run.err().lines().filter(l -> l.contains("未找到可嵌入 PDF 的中文 TrueType 字体")).count(), run.err());
		assertTrue(PdfFonts.MISSING.contains("apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei"));
		assertFalse(PdfFonts.MISSING.contains("\n"));
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
