package org.report.dsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * examples/maven built by Maven (the Maven running this build) with the plugin from this module's
 * repository folder (target/repository) and a local repository of its own under target/it: the
 * documents exist, and a report with an error fails the build with file:line:column in the log.
 */
class ExampleProjectIT {

	private static final Path ROOT = Path.of(System.getProperty("reportdsl.root", "..")).toAbsolutePath().normalize();
	private static final Path EXAMPLES = ROOT.resolve("examples");
	private static final Path PROJECT = EXAMPLES.resolve("maven");
	private static final Path WORK = ROOT.resolve("org.report.dsl.maven/target/it");
	private static final List<String> PUBLISHED = List.of("sanmenxia-keji-2025", "huaian-shizhengfu-2024",
			"keji-gongxin-2022", "pingtan-2022");

	/** A fresh local repository: the plugin is fetched from the repository folder as this build left it. */
	@BeforeAll
	static void freshLocalRepository() throws IOException {
		deleteTree(WORK.resolve("local-repository"));
	}

	@Test
	void theExampleProjectPublishesItsReports() throws Exception {
		Path reports = PROJECT.resolve("target/reports");
		deleteTree(reports);
		Build build = maven(PROJECT.resolve("pom.xml"), "package");
		assertEquals(0, build.exit(), build.log());
		assertTrue(build.log().contains("BUILD SUCCESS"), build.log());
		assertFalse(build.log().contains("Checksum"), "the folder's policy: no checksum warnings");
		for (String name : PUBLISHED) {
			for (String extension : List.of(".txt", ".html", ".review.html", ".json", ".docx")) {
				Path document = reports.resolve(name + extension);
				assertTrue(Files.size(document) > 1000, document + " " + Files.size(document));
			}
		}
		try (Stream<Path> all = Files.list(reports)) {
			assertEquals(PUBLISHED.size() * 5, all.count());
		}
		assertTrue(Files.readString(reports.resolve("sanmenxia-keji-2025.txt"), StandardCharsets.UTF_8)
				.startsWith("三门峡市科学技术局"), "the official text");
		// the published report's own warning, as the command line prints it, validated and rendered once each
		String warning = "[WARNING] " + EXAMPLES.resolve("pingtan-2022.report") + ":72:1: warning: ";
		assertEquals(2, build.log().split(java.util.regex.Pattern.quote(warning), -1).length - 1, build.log());
	}

	@Test
	void aReportWithAnErrorFailsTheBuildAtItsLine() throws Exception {
		Path project = WORK.resolve("broken");
		deleteTree(project);
		Files.createDirectories(project);
		String pom = Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8);
		String broken = pom.replace("<sourceDirectory>${project.basedir}/..</sourceDirectory>",
				"<sourceDirectory>" + EXAMPLES + "</sourceDirectory>")
				.replaceAll("(?s)\n {10}<includes>.*?</includes>", "\n<includes><include>yindu-keji-2025.report</include></includes>");
		assertFalse(broken.equals(pom));
		Files.writeString(project.resolve("pom.xml"), broken, StandardCharsets.UTF_8);
		// a project of its own, as examples/maven is: not this repository's .mvn (whose mirror would hide the folder)
		Files.createDirectories(project.resolve(".mvn"));
		Files.copy(PROJECT.resolve(".mvn/maven.config"), project.resolve(".mvn/maven.config"));
		Build build = maven(project.resolve("pom.xml"), "package");
		assertEquals(1, build.exit(), build.log());
		assertTrue(build.log().contains("[ERROR] " + EXAMPLES.resolve("yindu-keji-2025.report")
				+ ":43:1: error: 第六部分未说明是否收取信息处理费（国办函〔2020〕109号） [S6]"), build.log());
		assertTrue(build.log().contains("BUILD FAILURE"), build.log());
		assertTrue(build.log().contains("reportdsl validate：报告有错误"), build.log());
		assertFalse(Files.exists(project.resolve("target/reports")), "validate stops the build before render");
	}

	private record Build(int exit, String log) {
	}

	/** Runs {@code mvn -B GOAL} on a project with an empty local repository of its own (nothing installed). */
	private static Build maven(Path pom, String goal) throws IOException, InterruptedException {
		Path mavenHome = Path.of(System.getProperty("maven.home"));
		Path localRepository = WORK.resolve("local-repository");
		Path log = WORK.resolve(pom.getParent().getFileName() + ".log");
		Files.createDirectories(WORK);
		List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-f", pom.toString(),
				"-Dmaven.repo.local=" + localRepository,
				"-Dreportdsl.repository=" + Path.of(System.getProperty("reportdsl.repository")).toAbsolutePath(), goal));
		ProcessBuilder builder = new ProcessBuilder(command).directory(pom.getParent().toFile())
				.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("LC_ALL", "C.UTF-8");
		builder.environment().put("MAVEN_OPTS", "-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8");
		Process process = builder.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("mvn did not finish in 10 minutes: " + log);
		}
		return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
