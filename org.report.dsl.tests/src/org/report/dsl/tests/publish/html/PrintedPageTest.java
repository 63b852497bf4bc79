package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.publish.html.Chromium.Run;

/**
 * The print page as an office prints it: each example's page printed to PDF by headless Chromium (as "Save
 * as PDF" does) and read back with PDFBox, page by page. Table 三 whole on one page, each of its 25 rows
 * with its values on one line (no number split) and its group and block labels on that page; no heading
 * last on a page; table 二 begins on the page of its heading, which is not pushed down leaving the page
 * before half empty; the expected number of pages, each numbered 「— n —」. Then table 三 forced to
 * continue (a shorter page, larger type): every page holding its rows repeats the header, every group is
 * whole on one page under its label, and a continuation page begins with a labelled row group or a row
 * outside the block (never a block's own row cut from it). Every page is kept as a PNG (100 dpi) under
 * target/screenshots/print/.
 *
 * <p>Skipped when Chromium is missing ({@link Chromium}), except in CI.
 */
class PrintedPageTest {

	private static final Path OUT = Path.of("target", "browser", "print").toAbsolutePath();
	private static final Path PNG = Path.of("target", "screenshots", "print").toAbsolutePath();
	private static final float MM = 72f / 25.4f;

	/** The pages of each example in Chromium (A4, GB/T 9704 margins, the fonts build.sh test installs). */
	private static final Map<String, Integer> PAGES = Map.of("huaian-shizhengfu-2024", 6, "keji-gongxin-2022", 5,
			"pingtan-2022", 7, "sanmenxia-keji-2025", 5, "yindu-keji-2025", 4);

	/** A4 less the top margin (37 mm) and the bottom one (35 mm). */
	private static final float TEXT_TOP = 37 * MM, TEXT_BOTTOM = (297 - 35) * MM;

	@BeforeEach
	void chromium() throws IOException {
		Chromium.require();
		Files.createDirectories(OUT);
		Files.createDirectories(PNG);
	}

	@Test
	void examplesPrintWithTable3OnOnePageAndNoHeadingLeftBehind() throws Exception {
		for (Map.Entry<String, Integer> e : PAGES.entrySet()) {
			String name = e.getKey();
			String html = HtmlFixture.example(name).html();
			Document dom = Jsoup.parse(html);
			try (PDDocument pdf = print(name, html)) {
				List<String> pages = pages(pdf);
				assertEquals(e.getValue(), pages.size(), name + " pages");
				for (int i = 0; i < pages.size(); i++) {
					assertTrue(pages.get(i).contains("— " + (i + 1) + " —"), name + " page " + (i + 1) + " has no page number");
				}
				Table3 t3 = Table3.of(dom);
				List<Integer> on = t3.pages(pages, name);
				assertEquals(1, on.stream().distinct().count(), () -> name + ": table 三 on pages " + on);
				String page = squeeze(pages.get(on.get(0)));
				for (String label : t3.labels()) {
					assertTrue(page.contains(squeeze(label)), name + ": " + label + " not on the page of table 三");
				}
				t3.assertNumbersWhole(pages, on, name);
				assertEquals(on.get(0), headingPage(dom, pages, "t3"), name + ": the heading of table 三 is not on its page");
				assertNoHeadingLast(dom, pdf, name);
				assertInsideTextArea(pdf, name);
				assertTable2StartsUnderItsHeading(dom, pdf, pages, name);
				keep(pdf, name);
			}
		}
	}

	/** 9-digit values in every column of table 三's first row (and its totals): each whole on one line, inside the text area. */
	@Test
	void nineDigitNumbersDoNotWrapInPrint() throws Exception {
		String huaian = HtmlFixture.exampleText("huaian-shizhengfu-2024");
		String line = "3001   53  0  0  61  4  3119";
		assertTrue(huaian.contains(line));
		List<String> values = List.of("123456789", "111111111", "101010101", "100000000", "100200300", "123456000");
		String total = Long.toString(values.stream().mapToLong(Long::parseLong).sum());
		assertEquals(9, total.length());
		String html = HtmlFixture.source(huaian.replace(line, String.join(" ", values) + " " + total)).html();
		try (PDDocument pdf = print("nine-digits", html)) {
			List<String> pages = pages(pdf);
			Table3 t3 = Table3.of(Jsoup.parse(html));
			List<Integer> on = t3.pages(pages, "nine-digits");
			assertEquals(1, on.stream().distinct().count(), () -> "table 三 on pages " + on);
			t3.assertNumbersWhole(pages, on, "nine-digits");
			List<String> numbers = new ArrayList<>(values);
			numbers.add(total);
			String text = pages.get(on.get(0));
			for (String n : numbers) {
				assertTrue(Pattern.compile("(^|\\D)" + n + "(\\D|$)", Pattern.MULTILINE).matcher(text).find(), n + " is split");
			}
			assertInsideTextArea(pdf, "nine-digits");
			keep(pdf, "nine-digits");
		}
	}

	/**
	 * Table 三 that cannot fit one page: huaian on pages 200 mm tall (it goes on at （四）), and 252 mm tall
	 * (where Chromium, without the block's rows kept to its groups, left （七）总计 alone with 四 on the next
	 * page; now it goes on at （六）), and sanmenxia on A4 with the table's type at 12 pt. Each continues under
	 * the repeated header with a whole group under its label (measured: Chromium keeps the rows a label spans
	 * together and honours {@code break-after: avoid} on rows), never outside the text area.
	 */
	@Test
	void aContinuedTable3RepeatsItsHeaderAndGoesOnWithALabelledGroup() throws Exception {
		for (String[] forced : new String[][] { { "huaian-shizhengfu-2024", "size: 210mm 200mm;", "" },
				{ "huaian-shizhengfu-2024", "size: 210mm 252mm;", "" },
				{ "sanmenxia-keji-2025", "size: A4;", "table.t3 { font-size: 12pt; }" } }) {
			String name = forced[0];
			String shot = "continued-" + name + "-" + forced[1].replaceAll("\\D+", "") + (forced[2].isEmpty() ? "" : "-12pt");
			String html = HtmlFixture.example(name).html();
			assertTrue(html.contains("size: A4;"));
			String squeezed = html.replace("size: A4;", forced[1]).replaceFirst("</style>", forced[2] + "</style>");
			Document dom = Jsoup.parse(html);
			Table3 t3 = Table3.of(dom);
			try (PDDocument pdf = print(shot, squeezed)) {
				List<String> pages = pages(pdf);
				List<Integer> on = t3.pages(pages, name);
				List<Integer> distinct = on.stream().distinct().toList();
				assertTrue(distinct.size() >= 2, () -> name + ": table 三 does not continue: " + on);
				for (int page : distinct) {
					String text = squeeze(pages.get(page));
					for (String head : t3.header()) {
						assertTrue(text.contains(squeeze(head)), name + " page " + (page + 1) + " lacks the header's " + head);
					}
				}
				for (int r = 0; r < t3.rows().size(); r++) {
					Row row = t3.rows().get(r);
					String text = squeeze(pages.get(on.get(r)));
					if (row.group() != null) {
						assertTrue(text.contains(squeeze(row.group())), name + ": " + row.label() + " without its group " + row.group()
								+ " on page " + (on.get(r) + 1));
					}
					boolean startsPage = r > 0 && !on.get(r).equals(on.get(r - 1));
					if (startsPage) {
						assertTrue(row.startsGroup() || !row.inBlock(),
								name + ": page " + (on.get(r) + 1) + " goes on with " + row.label() + ", cut from its label");
					}
					if (row.underBlockLabel()) {
						// a block's first rows (（一）（二）) stay with its label
						assertTrue(text.contains(squeeze(t3.block())), name + ": " + row.label() + " without " + t3.block());
					}
				}
				t3.assertNumbersWhole(pages, on, name);
				assertEquals(on.get(0), headingPage(dom, pages, "t3"), name + ": the heading of table 三 is not on the page of its first row");
				assertInsideTextArea(pdf, shot);
				keep(pdf, shot);
			}
		}
	}

	/** Table 三 of a print page, read from its DOM. */
	record Table3(List<Row> rows, String block, List<String> header) {

		static Table3 of(Document dom) {
			Element table = dom.getElementById("t3");
			assertNotNull(table);
			List<Row> rows = new ArrayList<>();
			String block = null;
			for (Element body : table.select("tbody")) {
				Element group = body.selectFirst("th.group");
				boolean inBlock = body.selectFirst("th.block") != null;
				Element split = body.selectFirst("th.block.split");
				if (split != null) {
					block = split.text();
				}
				boolean first = true;
				for (Element tr : body.select("tr")) {
					List<String> values = tr.select("td").eachText();
					rows.add(new Row(tr.selectFirst("th[scope=row]").text(), values, group == null ? null : group.text(),
							group != null && first, inBlock, split != null));
					first = false;
				}
			}
			assertEquals(25, rows.size());
			assertNotNull(block);
			List<String> header = table.select("thead th").eachText();
			assertFalse(header.isEmpty());
			return new Table3(rows, block, header);
		}

		/** Every label of the table: the rows', the groups', the block's. */
		List<String> labels() {
			List<String> labels = new ArrayList<>();
			labels.add(block);
			for (Row r : rows) {
				labels.add(r.label());
				if (r.group() != null && !labels.contains(r.group())) {
					labels.add(r.group());
				}
			}
			return labels;
		}

		/** The page (0-based) of each row: the first that holds its label followed by its values. */
		List<Integer> pages(List<String> pages, String name) {
			List<Integer> found = new ArrayList<>();
			int from = 0;
			for (Row r : rows) {
				String key = squeeze(r.label() + String.join("", r.values()));
				int page = -1;
				for (int i = from; i < pages.size() && page < 0; i++) {
					if (squeeze(pages.get(i)).contains(key)) {
						page = i;
					}
				}
				int at = page;
				assertTrue(at >= 0, () -> name + ": row " + r.label() + " with its values " + r.values() + " is on no page");
				found.add(page);
				from = page;
			}
			return found;
		}

		/** Each row's values on one line of its page, whole, in order (a number split across lines is not). */
		void assertNumbersWhole(List<String> pages, List<Integer> on, String name) {
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				Pattern values = Pattern.compile("(^|\\D)" + Pattern.quote(String.join(" ", row.values())) + "(\\D|$)",
						Pattern.MULTILINE);
				assertTrue(values.matcher(pages.get(on.get(r))).find(),
						name + ": the values of " + row.label() + " " + row.values() + " are not on one line");
			}
		}
	}

	/**
	 * A row of table 三.
	 *
	 * @param group       its group's label, or null
	 * @param startsGroup whether it is its group's first row
	 * @param inBlock     whether it is in a block (三、本年度办理结果)
	 * @param underBlockLabel whether it shares the block label's row group (the block's rows before its groups)
	 */
	record Row(String label, List<String> values, String group, boolean startsGroup, boolean inBlock,
			boolean underBlockLabel) {
	}

	/** No page (but the last) ends with a heading: the text last on it, top to bottom, is not a section or part heading. */
	private static void assertNoHeadingLast(Document dom, PDDocument pdf, String name) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		for (int p = 1; p < pdf.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			String text = squeeze(stripper.getText(pdf).replaceAll("— \\d+ —", ""));
			for (Element h : dom.select("h2, h3")) {
				assertFalse(text.endsWith(squeeze(h.text())), name + " page " + p + " ends with the heading " + h.text());
			}
		}
	}

	/**
	 * Table 二 begins on the page of its heading, and that heading was not pushed to a new page with the table
	 * kept whole: the page before it is filled below the middle of its text area.
	 */
	private static void assertTable2StartsUnderItsHeading(Document dom, PDDocument pdf, List<String> pages, String name)
			throws IOException {
		String first = squeeze(dom.getElementById("t2").selectFirst("tbody tr").text());
		int page = headingPage(dom, pages, "t2");
		assertTrue(squeeze(pages.get(page)).contains(first), name + ": table 二 does not begin on the page of its heading");
		if (page > 0) {
			float bottom = lowestText(pdf).get(page - 1);
			float filled = (bottom - TEXT_TOP) / (TEXT_BOTTOM - TEXT_TOP);
			assertTrue(filled > 0.5f, name + " page " + page + " before table 二 is filled to " + Math.round(filled * 100) + " %");
		}
	}

	/** The page (0-based) of the heading of the section holding a table. */
	private static int headingPage(Document dom, List<String> pages, String table) {
		Element heading = dom.getElementById(table).closest("section").selectFirst("h2");
		for (int i = 0; i < pages.size(); i++) {
			if (squeeze(pages.get(i)).contains(squeeze(heading.text()))) {
				return i;
			}
		}
		throw new AssertionError("no page has " + heading.text());
	}

	/** Every character within the text area's sides (28 mm from the left, 26 mm from the right) and above the foot margin, but the page number. */
	private static void assertInsideTextArea(PDDocument pdf, String name) throws IOException {
		float left = 28 * MM - 1, right = (210 - 26) * MM + 1;
		List<String> outside = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				if (text.strip().matches("— \\d+ —")) {
					return;
				}
				float bottom = getCurrentPage().getMediaBox().getHeight() - 35 * MM + 1;
				for (TextPosition t : positions) {
					float x = t.getXDirAdj(), y = t.getYDirAdj();
					if (x < left || x + t.getWidthDirAdj() > right || y - t.getHeightDir() < TEXT_TOP - 1 || y > bottom) {
						outside.add("p" + getCurrentPageNo() + " '" + t.getUnicode() + "' at " + x / MM + "," + y / MM + " mm in «" + text + "»");
					}
				}
			}
		};
		stripper.getText(pdf);
		assertTrue(outside.isEmpty(), () -> name + ": text outside the text area:\n"
				+ String.join("\n", outside.subList(0, Math.min(20, outside.size()))));
	}

	private static PDDocument print(String name, String html) throws Exception {
		Path page = Files.writeString(OUT.resolve(name + ".html"), html);
		Path pdf = OUT.resolve(name + ".pdf");
		Run run = Chromium.print(page, pdf);
		assertEquals(0, run.exit(), run::err);
		assertTrue(Files.isRegularFile(pdf), () -> "no PDF from Chromium:\n" + run.err());
		return Loader.loadPDF(pdf.toFile());
	}

	/** Every page as a PNG of 100 dpi (A4: 826 × 1169 px). */
	private static void keep(PDDocument pdf, String name) throws IOException {
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int i = 0; i < pdf.getNumberOfPages(); i++) {
			Path png = PNG.resolve(name + "-p" + (i + 1) + ".png");
			BufferedImage image = renderer.renderImageWithDPI(i, 100);
			ImageIO.write(image, "png", png.toFile());
			assertTrue(Files.size(png) > 10 * 1024, png + " has " + Files.size(png) + " bytes");
		}
	}

	/** Each page's text in drawing order (a table cell's lines together). */
	private static List<String> pages(PDDocument pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			pages.add(stripper.getText(pdf));
		}
		return pages;
	}

	/** The lowest baseline of text on each page (points from the top), the page number left out. */
	private static List<Float> lowestText(PDDocument pdf) throws IOException {
		List<Float> lowest = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				if (text.strip().matches("— \\d+ —")) {
					return;
				}
				while (lowest.size() < getCurrentPageNo()) {
					lowest.add(0f);
				}
				for (TextPosition t : positions) {
					lowest.set(getCurrentPageNo() - 1, Math.max(lowest.get(getCurrentPageNo() - 1), t.getYDirAdj()));
				}
			}
		};
		stripper.getText(pdf);
		while (lowest.size() < pdf.getNumberOfPages()) {
			lowest.add(0f);
		}
		return lowest;
	}

	private static String squeeze(String s) {
		return s.replaceAll("\\s+", "");
	}
}
