package org.report.dsl.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.cli.CliRunner;

/**
 * {@code reportdsl import} of every published report (corpus/published): no import error, the
 * result validates with exactly the published report's own findings, and its official text and JSON
 * reproduce every narrative paragraph and table value of the original (the comparison of
 * {@link PublishedOriginalTest}).
 */
class ImportPublishedTest {

	/**
	 * What validate says of each import: the published reports' own deviations, kept as published
	 * (「行政法复议」, the old wording 「其他法律法规禁止公开」, no word on 信息处理费).
	 */
	private static final Map<String, String> VALIDATE = Map.of(
			"huaian-shizhengfu-2024", "",
			"keji-gongxin-2022", ":41:3: warning: 「其他法律法规禁止公开」不是正式用语，应为「2.其他法律行政法规禁止公开」 [S2]\n",
			"pingtan-2022", ":83:1: warning: 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」 [S1]\n",
			"sanmenxia-keji-2025", ":45:3: warning: 「其他法律法规禁止公开」不是正式用语，应为「2.其他法律行政法规禁止公开」 [S2]\n",
			"yindu-keji-2025", ":39:1: error: 第六部分未说明是否收取信息处理费（国办函〔2020〕109号） [S6]\n");

	@TempDir
	static Path dir;

	static String[] published() {
		return PublishedComparison.published();
	}

	private static Path imported(String example) {
		Path report = dir.resolve(example + ".report");
		if (!report.toFile().exists()) {
			CliRunner.Result run = CliRunner.run("import", "-o", dir.toString(),
					PublishedComparison.publishedFile(example).toString());
			assertEquals(0, run.exit(), run.err());
			assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，" + warnings(run.err()) + " 个警告\n"), run.err());
			assertTrue(!run.err().contains(": error: "), run.err());
		}
		return report;
	}

	private static long warnings(String err) {
		return err.lines().filter(l -> l.contains(": warning: ")).count();
	}

	@ParameterizedTest
	@MethodSource("published")
	void validatesWithThePublishedFindingsOnly(String example) {
		Path report = imported(example);
		CliRunner.Result run = CliRunner.run("validate", report.toString());
		String expected = VALIDATE.get(example);
		String findings = expected.isEmpty() ? "" : report + expected;
		long errors = expected.contains(": error: ") ? 1 : 0;
		long warnings = expected.isEmpty() || errors > 0 ? 0 : 1;
		assertEquals(findings + "1 个文件，" + errors + " 个错误，" + warnings + " 个警告\n", run.out());
		assertEquals(errors > 0 ? 1 : 0, run.exit());
	}

	@ParameterizedTest
	@MethodSource("published")
	void officialTextReproducesThePublishedNarrative(String example) throws IOException {
		String text = render(example, "text");
		PublishedComparison.everyNarrativeParagraphIsPublishedText(example, text);
		PublishedComparison.noNarrativeOfThePublishedTextIsMissing(example, text);
	}

	@ParameterizedTest
	@MethodSource("published")
	void tablesReproduceThePublishedValues(String example) throws IOException {
		PublishedComparison.everyTableValueIsThePublishedOne(example, render(example, "json"));
	}

	private static String render(String example, String format) {
		CliRunner.Result run = CliRunner.run("render", "--force", "--format", format, imported(example).toString());
		assertTrue(run.exit() <= 1, run.err());
		return run.out();
	}
}
