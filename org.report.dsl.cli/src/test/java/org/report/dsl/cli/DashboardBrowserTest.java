package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard of {@code aggregate} and the page of {@code compare} in headless Chromium at 1240 and
 * 390 px wide: the document does not scroll sideways (measured by a harness page that loads it in a
 * frame of that width), and a screenshot of each is kept under target/browser/ to look at. Skipped when
 * Chromium is missing ({@code /usr/bin/chromium} or -Dreportdsl.chromium=PATH) unless CI=true.
 */
class DashboardBrowserTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("reportdsl.chromium", "/usr/bin/chromium"));
	private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
	private static final Pattern OVERFLOW = Pattern.compile("data-overflow=\"(-?\\d+)\"");

	@Test
	void dashboardAndComparisonFitTheirWidth() throws Exception {
		if (!Files.isExecutable(CHROMIUM)) {
			if ("true".equals(System.getenv("CI"))) {
				fail("The dashboard check needs Chromium at " + CHROMIUM);
			}
			Assumptions.assumeTrue(false, "no Chromium at " + CHROMIUM);
		}
		Files.createDirectories(OUT);
		Path in = OUT.resolve("bad-input");
		Files.createDirectories(in);
		for (String name : List.of("huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022", "sanmenxia-keji-2025",
				"yindu-keji-2025")) {
			Files.copy(CommittedFile.ROOT.resolve("examples/" + name + ".report"), in.resolve(name + ".report"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		for (String name : List.of("pingtan-2020", "pingtan-2021")) {
			Files.copy(CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/compare/" + name + ".report"),
					in.resolve(name + ".report"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		CliRun aggregate = CliRun.of("aggregate", "-o", OUT.toString(), in.toString());
		assertEquals(1, aggregate.exit(), aggregate.err());
		CliRun compare = CliRun.of("compare", "-o", OUT.toString(), in.resolve("pingtan-2020.report").toString(),
				in.resolve("pingtan-2021.report").toString());
		assertEquals(0, compare.exit(), compare.err());
		for (Path page : List.of(OUT.resolve("dashboard.html"), OUT.resolve("pingtan-2021.compare.html"))) {
			for (int width : new int[] { 1240, 390 }) {
				assertEquals(0, overflow(page, width), page + " scrolls sideways at " + width + " px");
				String stem = page.getFileName().toString().replace(".html", "");
				Path png = OUT.resolve(stem + "-" + width + ".png");
				Files.deleteIfExists(png);
				Run shot = chromium("--window-size=" + width + ",2400", "--hide-scrollbars", "--screenshot=" + png,
						page.toUri().toString());
				assertEquals(0, shot.exit(), shot.err());
				byte[] bytes = Files.readAllBytes(png);
				assertTrue(bytes.length > 10 * 1024, png + " has " + bytes.length + " bytes");
				assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.ISO_8859_1));
			}
		}
	}

	/** How many pixels wider than the frame the page's document is (0 when it fits). */
	private static int overflow(Path page, int width) throws Exception {
		Path harness = OUT.resolve("harness-" + width + ".html");
		Files.writeString(harness, """
				<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
				<iframe id="f" src="%s" style="width:%dpx;height:900px;border:0"></iframe>
				<script>
				document.getElementById('f').addEventListener('load', function () {
				  var d = this.contentDocument.documentElement;
				  document.body.setAttribute('data-overflow', String(d.scrollWidth - d.clientWidth));
				});
				</script></body></html>
				""".formatted(page.getFileName(), width));
		Run run = chromium("--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
				harness.toUri().toString());
		assertEquals(0, run.exit(), run.err());
		Matcher m = OVERFLOW.matcher(run.out());
		assertTrue(m.find(), () -> "the harness measured nothing:\n" + run.out() + "\n" + run.err());
		return Integer.parseInt(m.group(1));
	}

	private record Run(int exit, String out, String err) {
	}

	private static Run chromium(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
				"--disable-gpu", "--no-first-run", "--user-data-dir=" + OUT.resolve("profile")));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(OUT, "chromium", ".out"), err = Files.createTempFile(OUT, "chromium", ".err");
		Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			fail("chromium did not finish in 120 s");
		}
		Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
		Files.delete(out);
		Files.delete(err);
		return run;
	}
}
