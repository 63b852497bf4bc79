package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reportdsl aggregate}: golden files over examples/ (summary.report, .txt, .json, dashboard.html),
 * and a folder of bad input (unreadable, non-report and GBK files, a duplicate, mixed formats): each
 * reported, the summary still written, exit code 1.
 */
class AggregateCommandTest {

	private static final Path GOLDEN = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/golden/aggregate");
	private static final Path EXAMPLES = CommittedFile.ROOT.resolve("examples");

	@TempDir
	Path dir;

	@Test
	void examplesMatchTheGoldenFiles() throws IOException {
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("aggregate", "-o", out.toString(), EXAMPLES.toString());
		assertEquals(1, run.exit(), "yindu-keji-2025 has an error (S6): " + run.err());
		assertTrue(run.err().startsWith("汇总：5 个文件；有效 3，有警告 1，有错误 1，无法读取 0，重复 0\n"), run.err());
		for (String name : new String[] { "summary.report", "summary.txt", "summary.json", "dashboard.html" }) {
			CommittedFile.assertCurrent(GOLDEN.resolve(name), Files.readString(out.resolve(name), StandardCharsets.UTF_8));
		}
		CliRun validate = CliRun.of("validate", out.resolve("summary.report").toString());
		assertEquals(0, validate.exit(), validate.out() + validate.err());
	}

	@Test
	void badInputIsReportedAndTheSummaryStillWritten() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in.resolve("b"));
		Files.copy(EXAMPLES.resolve("pingtan-2022.report"), in.resolve("pingtan-2022.report"));
		Files.copy(EXAMPLES.resolve("pingtan-2022.report"), in.resolve("b/pingtan-copy.report"));
		Files.copy(CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/compare/pingtan-2020.report"),
				in.resolve("b/pingtan-2020.report"));
		Files.write(in.resolve("b/gbk.report"), "年报 测试局 2025 格式 2021\n".getBytes(Charset.forName("GBK")));
		Files.writeString(in.resolve("b/notes.report"), "这不是报告\n");
		Files.createSymbolicLink(in.resolve("b/dangling.report"), dir.resolve("nowhere"));
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("aggregate", "--group-by", "year", "-o", out.toString(), in.toString());
		assertEquals(1, run.exit(), run.err());
		String err = run.err().replace(in + "/", "");
		assertTrue(err.startsWith("""
				汇总：6 个文件；有效 0，有警告 3，有错误 0，无法读取 3，重复 1
				注意：混用了多种格式（2019 2021），按 2021 格式汇总，含义相同的项合计，其余项未计入
				重复：pingtan-2022.report 与 b/pingtan-copy.report 同为 平潭综合实验区 2022 年度，未计入汇总
				"""), err);
		assertTrue(err.contains("b/gbk.report：无法读取：文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8\n"), err);
		assertTrue(err.contains("b/notes.report：无法读取：不是政府信息公开工作年度报告（第 1 行："), err);
		assertTrue(err.contains("b/dangling.report：无法读取："), err);
		String summary = Files.readString(out.resolve("summary.txt"), StandardCharsets.UTF_8);
		assertTrue(summary.contains("\n主要指标（按年度）\n"), summary);
		assertTrue(Files.size(out.resolve("summary.report")) > 0 && Files.size(out.resolve("dashboard.html")) > 0);
		assertTrue(Files.readString(out.resolve("summary.json")).contains("\"kind\" : \"summary\""));
	}

	@Test
	void outputIsRequired() {
		CliRun run = CliRun.of("aggregate", EXAMPLES.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("reportdsl: "), run.err());
	}
}
