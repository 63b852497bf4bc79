package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.publish.html.Chromium.Run;
import org.report.dsl.tests.publish.html.HtmlFixture.Loaded;

/**
 * The pages in a real browser: headless Chromium loads the print and review pages of two examples
 * (and a review page with a planted wrong total), and the DOM it builds must have the tables with
 * their rows and cells, without any console message (a script error or a request the
 * Content-Security-Policy blocked); one page is printed to PDF and one is kept as a screenshot
 * under target/browser/. The phone view (390 px) of every example is kept, whole, under
 * target/screenshots/ (CI copies them back).
 *
 * <p>Skipped when Chromium is missing ({@link Chromium}), except when the environment variable CI is "true":
 * then it fails.
 */
class BrowserCheckTest {

	private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
	private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
	/** The examples, each measured and kept as a phone screenshot. */
	private static final List<String> EXAMPLES = List.of("huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022",
			"sanmenxia-keji-2025", "yindu-keji-2025");
	/** Taller than any example's phone view (about 5,000 px), below the browser's largest screenshot. */
	private static final int MAX_PHONE_HEIGHT = 16000;

	/** Per test, so that a run without Chromium reports each check as skipped. */
	@BeforeEach
	void chromium() throws IOException {
		Chromium.require();
		Files.createDirectories(OUT);
	}

	@Test
	void pagesLoadWithTheirTablesAndWithoutConsoleErrors() throws Exception {
		List<Path> pages = new ArrayList<>();
		for (String name : List.of("sanmenxia-keji-2025", "huaian-shizhengfu-2024")) {
			Loaded l = HtmlFixture.example(name);
			pages.add(write(name + ".html", l.html()));
			pages.add(write(name + ".review.html", l.review()));
		}
		String huaian = Files.readString(HtmlFixture.examples().resolve("huaian-shizhengfu-2024.report"));
		String plantedSource = huaian.replace("3001   53  0  0  61  4  3119", "3001   53  0  0  61  4  3120");
		assertFalse(plantedSource.equals(huaian), "the planted change applies");
		Loaded wrong = HtmlFixture.source(plantedSource);
		assertFalse(wrong.findings("R3").isEmpty());
		pages.add(write("huaian-planted-error.review.html", wrong.review()));

		Document planted = null;
		for (Path page : pages) {
			Run run = chromium(page, "dom", "--dump-dom", page.toUri().toString());
			assertEquals(0, run.exit(), () -> "chromium --dump-dom " + page + "\n" + run.err());
			assertNoConsoleErrors(page, run.err());
			Document dom = Jsoup.parse(run.out());
			assertTable(dom, page, "t2", 14, 30);
			// t3: + 5 restated block labels (one <tbody> per row group); t4: + the corner and the row header
			assertTable(dom, page, "t3", 28, 220);
			assertTable(dom, page, "t4", 4, 36);
			assertEquals(6, dom.select("section.section").size(), page::toString);
			assertTrue(dom.select("script").isEmpty());
			if (page.getFileName().toString().endsWith(".review.html")) {
				assertNotNull(dom.selectFirst(".review-summary"), page::toString);
			}
			planted = dom;
		}
		Element cell = planted.getElementById("t3-NEW-TOTAL");
		assertTrue(cell.hasClass("finding") && cell.hasClass("error"), cell::outerHtml);
		assertNotNull(planted.selectFirst(".review-list a.message[href=#t3-NEW-TOTAL]"));
		assertNotNull(planted.getElementById("n" + cell.selectFirst("a.fn-ref").id().substring(1)));
	}

	@Test
	void theConsoleCheckSeesWhatThePolicyBlocks() throws Exception {
		Path control = write("control-violation.html", "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
				+ "<title>c</title></head><body><p>x</p><script>document.title = 'ran'</script></body></html>");
		Run run = chromium(control, "dom", "--dump-dom", control.toUri().toString());
		assertFalse(consoleErrors(control, run.err()).isEmpty(),
				() -> "a page the policy blocks must show up in the log, else the check sees nothing:\n" + run.err());
		assertEquals("c", Jsoup.parse(run.out()).title(), "the inline script did not run");
		Files.delete(control);
	}

	@Test
	void aPagePrintsToPdfAndLooksLikeThePrintedReport() throws Exception {
		Loaded l = HtmlFixture.example("huaian-shizhengfu-2024");
		Path page = write("huaian-shizhengfu-2024.html", l.html());
		Path pdf = OUT.resolve("huaian-shizhengfu-2024.pdf");
		Files.deleteIfExists(pdf);
		Run print = chromium(page, "pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
		assertEquals(0, print.exit(), print::err);
		assertNoConsoleErrors(page, print.err());
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(bytes.length > 10 * 1024, "PDF of " + bytes.length + " bytes");
		assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));

		Loaded s = HtmlFixture.example("sanmenxia-keji-2025");
		Path sanmenxia = write("sanmenxia-keji-2025.html", s.html());
		Path png = OUT.resolve("sanmenxia-keji-2025.png");
		Files.deleteIfExists(png);
		Run shot = chromium(sanmenxia, "png", "--window-size=1240,1754", "--hide-scrollbars", "--screenshot=" + png,
				sanmenxia.toUri().toString());
		assertEquals(0, shot.exit(), shot::err);
		assertPng(png);
		// the whole page, tables included, to look at
		Path full = OUT.resolve("sanmenxia-keji-2025.full.png");
		Run tall = chromium(sanmenxia, "png", "--window-size=1240,6000", "--hide-scrollbars", "--screenshot=" + full,
				sanmenxia.toUri().toString());
		assertEquals(0, tall.exit(), tall::err);
		assertPng(full);
	}

	/**
	 * Measured in the page, at a desktop width (1240 px) and a phone's (390 px): no value cell of a table
	 * takes more than one line, the body does not overflow sideways, and no word of the title is split
	 * across lines, for every example. The page is a copy with a measuring script in place of the policy; the
	 * phone view is kept as a screenshot of the whole page (its height measured at 390 px) in
	 * target/screenshots/NAME.phone.png.
	 */
	@Test
	void numbersStayOnOneLineAndThePageFitsPhones() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		for (String name : EXAMPLES) {
			Loaded l = HtmlFixture.example(name);
			String measured = l.html().replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
					.replace("</body>", MEASURE + "</body>");
			Path page = write(name + ".measured.html", measured);
			// a headless window is at least 500 px wide: the phone is a 390 px frame holding the page
			Path phone = write(name + ".phone.html", "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"border:0;"
					+ "width:390px;height:2400px\" srcdoc=\"" + measured.replace("&", "&amp;").replace("\"", "&quot;")
					+ "\"></iframe></body></html>");
			int phoneHeight = 0;
			for (int width : List.of(1240, 390)) {
				Path shown = width == 390 ? phone : page;
				Run run = chromium(shown, "dom", "--window-size=1240,900", "--hide-scrollbars", "--dump-dom",
						shown.toUri().toString());
				assertEquals(0, run.exit(), run::err);
				Element result = Jsoup.parse(run.out()).getElementById("measured");
				assertNotNull(result, () -> name + " at " + width + " px: the script did not run\n" + run.err());
				assertEquals(String.valueOf(width), result.attr("data-width"), name + " viewport");
				assertEquals("", result.attr("data-wrapped"), name + " at " + width + " px: cells on more than one line");
				assertEquals("false", result.attr("data-overflow"), name + " at " + width + " px: the body overflows");
				assertEquals("", result.attr("data-title"), name + " at " + width + " px: title words split");
				assertTrue(Integer.parseInt(result.attr("data-cells")) >= 150, name + " cells measured");
				phoneHeight = Integer.parseInt(result.attr("data-height"));
			}
			int height = phoneHeight;
			assertTrue(height > 2000 && height <= MAX_PHONE_HEIGHT, () -> name + " is " + height + " px tall on a phone");
			Path whole = write(name + ".phone-whole.html", "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"border:0;"
					+ "width:390px;height:" + height + "px\" srcdoc=\"" + l.html().replace("&", "&amp;").replace("\"", "&quot;")
					+ "\"></iframe></body></html>");
			Path png = SCREENSHOTS.resolve(name + ".phone.png");
			Files.deleteIfExists(png);
			Run shot = chromium(whole, "png", "--window-size=500," + height, "--hide-scrollbars", "--screenshot=" + png,
					whole.toUri().toString());
			assertEquals(0, shot.exit(), shot::err);
			assertPng(png);
		}
	}

	/** Writes what it measured into an element the dumped DOM shows. */
	private static final String MEASURE = """
			<script>
			(function () {
			  function lines(node) {
			    var range = document.createRange();
			    range.selectNodeContents(node);
			    var tops = {};
			    Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
			    return Object.keys(tops).length;
			  }
			  var wrapped = [], cells = 0;
			  document.querySelectorAll('table.t td:not(.corner)').forEach(function (td) {
			    cells++;
			    if (lines(td) > 1) wrapped.push(td.id + '=' + td.textContent);
			  });
			  var split = [];
			  document.querySelectorAll('h1.title .w').forEach(function (w) { if (lines(w) > 1) split.push(w.textContent); });
			  var out = document.createElement('div');
			  out.id = 'measured';
			  out.setAttribute('data-width', String(window.innerWidth));
			  out.setAttribute('data-cells', String(cells));
			  out.setAttribute('data-wrapped', wrapped.join(' '));
			  out.setAttribute('data-title', split.join(' '));
			  out.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth + 1));
			  out.setAttribute('data-height', String(document.documentElement.scrollHeight));
			  window.parent.document.body.appendChild(window.parent.document.importNode(out, true));
			})();
			</script>
			""";

	private static void assertPng(Path png) throws IOException {
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 10 * 1024, png + " has " + bytes.length + " bytes");
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.ISO_8859_1));
	}

	private static void assertTable(Document dom, Path page, String id, int rows, int cells) {
		Element table = dom.getElementById(id);
		assertNotNull(table, () -> id + " in " + page);
		assertEquals(rows, table.select("tr").size(), () -> id + " rows in " + page);
		assertEquals(cells, table.select("th, td").size(), () -> id + " cells in " + page);
		TableGrid.of(table);
	}

	private static void assertNoConsoleErrors(Path page, String log) {
		List<String> errors = consoleErrors(page, log);
		assertTrue(errors.isEmpty(), () -> page + " logged:\n" + String.join("\n", errors));
	}

	/** Console messages of the page, script errors and blocked requests in the browser's log. */
	static List<String> consoleErrors(Path page, String log) {
		String url = page.toUri().toString();
		String file = page.getFileName().toString();
		List<String> errors = new ArrayList<>();
		for (String line : log.split("\n")) {
			boolean aboutPage = line.contains(url) || line.contains(file) || line.contains(":CONSOLE");
			boolean error = line.contains("Uncaught") || line.contains("Refused to") || line.contains("Content Security Policy")
					|| line.contains("CSP") || line.contains(":CONSOLE");
			if (aboutPage && error) {
				errors.add(line);
			}
		}
		return errors;
	}

	private static Path write(String name, String html) throws IOException {
		return Files.writeString(OUT.resolve(name), html);
	}

	/** Runs Chromium headless on a fresh profile, bounded by the timeout and destroyed after. */
	static Run chromium(Path page, String what, String... args) throws IOException, InterruptedException {
		return Chromium.run(page, what, args);
	}
}
