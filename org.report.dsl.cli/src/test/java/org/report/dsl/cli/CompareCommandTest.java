package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reportdsl compare}: golden files on two pairs (2021→2022 in the 2021 format, 2020→2021 across
 * the 2019 and 2021 formats; the earlier years are synthetic copies of examples/pingtan-2022.report in
 * src/test/resources/compare), and the exit codes.
 */
class CompareCommandTest {

	private static final Path PAIRS = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/compare");
	private static final Path GOLDEN = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/golden/compare");
	private static final Path PINGTAN_2020 = PAIRS.resolve("pingtan-2020.report");
	private static final Path PINGTAN_2021 = PAIRS.resolve("pingtan-2021.report");
	private static final Path PINGTAN_2022 = CommittedFile.ROOT.resolve("examples/pingtan-2022.report");
	private static final String S1_2022 = PINGTAN_2022
			+ ":72:1: warning: 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」 [S1]\n";

	@TempDir
	Path dir;

	private void assertGolden(Path out, String name) throws IOException {
		CommittedFile.assertCurrent(GOLDEN.resolve(name), Files.readString(out.resolve(name), StandardCharsets.UTF_8));
	}

	@Test
	void consecutiveYearsInThe2021Format() throws IOException {
		CliRun run = CliRun.of("compare", "--format", "html,json", "-o", dir.toString(), PINGTAN_2021.toString(),
				PINGTAN_2022.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("对比 200 项，36 项有变化，0 个错误，2 个警告\n"), run.err());
		assertTrue(run.err().startsWith(S1_2022), run.err());
		assertGolden(dir, "pingtan-2022.compare.html");
		assertGolden(dir, "pingtan-2022.compare.json");
	}

	@Test
	void from2019To2021Format() throws IOException {
		CliRun run = CliRun.of("compare", "--format", "json,html", "-o", dir.toString(), PINGTAN_2020.toString(),
				PINGTAN_2021.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("对比 219 项，25 项有变化，0 个错误，2 个警告\n"), run.err());
		assertGolden(dir, "pingtan-2021.compare.html");
		assertGolden(dir, "pingtan-2021.compare.json");
	}

	@Test
	void carriedOverMismatchIsExitOneAndTheDocumentIsStillWritten() {
		CliRun run = CliRun.of("compare", "--format", "json", PINGTAN_2020.toString(), PINGTAN_2022.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains(PINGTAN_2022 + ": X1 跨年勾稽不符：自然人 本年 1，上年 0\n"), run.err());
		assertTrue(run.err().contains("reportdsl compare: 注意：两份报告不是同一机关相邻两年的报告\n"), run.err());
		assertTrue(run.out().contains("\"checksHold\" : false"), run.out());
	}

	@Test
	void aReportWithErrorsIsExitOne() throws IOException {
		Path bad = TestFiles.write(dir, "bad.report", Reports.WRONG_TOTAL);
		CliRun run = CliRun.of("compare", "--format", "json", bad.toString(), bad.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith("{\n  \"kind\" : \"comparison\""), run.out());
	}

	@Test
	void unreadableFileIsExitTwoAndNothingIsWritten() throws IOException {
		Path gbk = dir.resolve("gbk.report");
		Files.write(gbk, "年报 测试局 2025".getBytes("GBK"));
		CliRun run = CliRun.of("compare", "-o", dir.resolve("out").toString(), gbk.toString(), PINGTAN_2022.toString());
		assertEquals(2, run.exit(), run.err());
		// findings are sorted by file name: where the clone and the temporary folder are decides which comes first
		assertTrue(run.err().lines().anyMatch(line -> line.startsWith(gbk + ":1:")), run.err());
		assertTrue(run.err().contains("[ENCODING]") || run.err().contains("[IO]"), run.err());
		assertTrue(Files.notExists(dir.resolve("out")));
	}

	@Test
	void severalFormatsNeedAnOutputDirectory() {
		CliRun run = CliRun.of("compare", "--format", "html,json", PINGTAN_2021.toString(), PINGTAN_2022.toString());
		assertEquals(2, run.exit());
		assertEquals("reportdsl compare: 多种格式需要用 -o 指定输出目录\n", run.err());
	}
}
