package org.report.dsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals in-process on the published examples: what reaches the log at which level, and when the build fails. */
class ReportsMojoTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("reportdsl.root", "..")).resolve("examples")
			.toAbsolutePath().normalize();

	/** The lines logged, each as LEVEL: text. */
	private static final class RecordingLog extends SystemStreamLog {
		final List<String> lines = new ArrayList<>();

		@Override
		public void info(CharSequence content) {
			lines.add("INFO: " + content);
		}

		@Override
		public void warn(CharSequence content) {
			lines.add("WARN: " + content);
		}

		@Override
		public void error(CharSequence content) {
			lines.add("ERROR: " + content);
		}
	}

	private static <M extends ReportsMojo> M mojo(M mojo, RecordingLog log, String... includes) {
		mojo.setLog(log);
		mojo.sourceDirectory = EXAMPLES.toFile();
		mojo.includes = List.of(includes);
		mojo.failOnError = true;
		return mojo;
	}

	@Test
	void anErrorIsLoggedAtItsLineAndFailsTheBuild() {
		RecordingLog log = new RecordingLog();
		MojoFailureException failure = assertThrows(MojoFailureException.class,
				() -> mojo(new ValidateMojo(), log, "yindu-*.report").execute());
		assertEquals("reportdsl validate：报告有错误（见上面 error 行的文件:行:列）", failure.getMessage());
		assertEquals(List.of(
				"ERROR: " + EXAMPLES.resolve("yindu-keji-2025.report")
						+ ":43:1: error: 第六部分未说明是否收取信息处理费（国办函〔2020〕109号） [S6]",
				"INFO: 1 个文件，1 个错误，0 个警告"), log.lines);
	}

	@Test
	void failOnErrorFalseOnlyWarns() throws Exception {
		RecordingLog log = new RecordingLog();
		ValidateMojo mojo = mojo(new ValidateMojo(), log, "yindu-keji-2025.report");
		mojo.failOnError = false;
		mojo.execute();
		assertEquals("WARN: reportdsl validate：报告有错误（见上面 error 行的文件:行:列）；failOnError=false，构建继续",
				log.lines.get(log.lines.size() - 1));
	}

	@Test
	void renderWritesTheFormatsAndAWarningIsAWarning(@TempDir Path out) throws Exception {
		RecordingLog log = new RecordingLog();
		RenderMojo mojo = mojo(new RenderMojo(), log, "pingtan-2022.report", "sanmenxia-*.report");
		set(mojo, "formats", List.of("text, html", "json"));
		set(mojo, "outputDirectory", out.toFile());
		mojo.execute();
		assertEquals(List.of(
				"WARN: " + EXAMPLES.resolve("pingtan-2022.report")
						+ ":72:1: warning: 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」 [S1]",
				"INFO: 2 个文件，生成 6 份文档，0 个错误，1 个警告"), log.lines);
		for (String name : List.of("pingtan-2022", "sanmenxia-keji-2025")) {
			for (String extension : List.of(".txt", ".html", ".json")) {
				assertTrue(Files.size(out.resolve(name + extension)) > 1000, name + extension);
			}
		}
	}

	@Test
	void includesThatMatchNothingFailTheBuild() {
		MojoFailureException failure = assertThrows(MojoFailureException.class,
				() -> mojo(new ValidateMojo(), new RecordingLog(), "2099/*.report").execute());
		assertEquals("reportdsl：" + EXAMPLES + " 中没有与 includes [2099/*.report] 匹配的文件", failure.getMessage());
	}

	@Test
	void aMissingFolderIsAnIoProblemWhateverFailOnError() {
		RecordingLog log = new RecordingLog();
		ValidateMojo mojo = mojo(new ValidateMojo(), log);
		mojo.sourceDirectory = new File(EXAMPLES.toFile(), "no-such-folder");
		mojo.failOnError = false;
		MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
		assertTrue(failure.getMessage().endsWith("退出码 2"), failure.getMessage());
		assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR: ") && l.contains("no-such-folder")), log.lines.toString());
	}

	private static void set(Object mojo, String field, Object value) throws ReflectiveOperationException {
		var f = mojo.getClass().getDeclaredField(field);
		f.setAccessible(true);
		f.set(mojo, value);
	}
}
