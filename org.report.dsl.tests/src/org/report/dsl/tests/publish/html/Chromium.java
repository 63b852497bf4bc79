package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the real-browser tests, run as a command on a fresh profile and bounded in time.
 * Found at {@code /usr/bin/chromium} or {@code -Dreportdsl.chromium=PATH}; when missing, a test is skipped,
 * except when the environment variable CI is "true": then it fails.
 */
final class Chromium {

	static final Path PATH = Path.of(System.getProperty("reportdsl.chromium", "/usr/bin/chromium"));
	private static final long TIMEOUT_SECONDS = 60;

	private Chromium() {
	}

	/** Skips the calling test when Chromium is missing (fails it in CI). */
	static void require() {
		if (!Files.isExecutable(PATH)) {
			if ("true".equals(System.getenv("CI"))) {
				fail("The real-browser check needs Chromium at " + PATH + " and CI=true does not allow skipping it: "
						+ "install it (Debian: apt-get install --no-install-recommends chromium) or pass "
						+ "-Dreportdsl.chromium=PATH");
			}
			Assumptions.assumeTrue(false, "no Chromium at " + PATH + ": real-browser check skipped");
		}
	}

	/** What a run wrote and how it ended. */
	record Run(int exit, String out, String err) {
	}

	/** Runs Chromium headless on {@code page} ({@code what} names the job in a timeout message). */
	static Run run(Path page, String what, String... args) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("reportdsl-chromium-");
		Path out = Files.createTempFile("reportdsl-chromium-", ".out");
		Path err = Files.createTempFile("reportdsl-chromium-", ".err");
		List<String> command = new ArrayList<>(List.of(PATH.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				fail("Chromium (" + what + ") did not finish " + page + " within " + TIMEOUT_SECONDS + " s");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
			delete(profile);
		}
	}

	/** Prints {@code page} to {@code pdf} as a user's "Save as PDF" does, without the browser's header and footer. */
	static Run print(Path page, Path pdf) throws IOException, InterruptedException {
		Files.deleteIfExists(pdf);
		return run(page, "pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a browser process may still be writing its profile; the temp dir is cleaned eventually
		}
	}
}
