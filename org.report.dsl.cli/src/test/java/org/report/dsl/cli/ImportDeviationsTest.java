package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reportdsl import} on small published texts, one deviation of format.md each: a clean text
 * (import/published.txt) with one thing changed. Where the import undoes the deviation completely, the
 * report it writes is the clean text's, comment header aside; the findings are listed exactly.
 */
class ImportDeviationsTest {

	private static final Path RESOURCES = Path.of("src/test/resources/import");
	/** The clean text's own notes: sub-item labels 2. at column 0 under the group's first item. */
	private static final String COLUMN_ZERO = "的标签从行首开始（缺少分组列）";

	@TempDir
	Path dir;

	private static String clean() throws IOException {
		return Files.readString(RESOURCES.resolve("published.txt"), StandardCharsets.UTF_8);
	}

	/** The report in the language, without its comment header. */
	private static String body(String report) {
		return report.substring(report.indexOf("年报 "));
	}

	private static String cleanBody() throws IOException {
		return body(Files.readString(RESOURCES.resolve("published.report"), StandardCharsets.UTF_8));
	}

	private CliRun importText(String text, String... options) throws IOException {
		Path file = TestFiles.write(dir, "in.txt", text);
		String[] args = new String[options.length + 2];
		args[0] = "import";
		System.arraycopy(options, 0, args, 1, options.length);
		args[args.length - 1] = file.toString();
		CliRun run = CliRun.of(args);
		assertTrue(run.clean(), run.err());
		return run;
	}

	/** The findings, without the file name, the clean text's own notes and the summary. */
	private List<String> findings(CliRun run) {
		String prefix = dir.resolve("in.txt") + ":";
		return run.err().lines().filter(l -> l.startsWith(prefix) && !l.contains(COLUMN_ZERO))
				.map(l -> l.substring(prefix.length())).toList();
	}

	@Test
	void cleanTextImportsAsWritten() throws IOException {
		CliRun run = importText(clean());
		assertEquals(0, run.exit());
		assertEquals(List.of(), findings(run));
		assertEquals(cleanBody(), body(run.out()));
		assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，4 个警告\n"), run.err());
	}

	@Test
	void typosAndOldWordingAreReadAndKept() throws IOException {
		CliRun run = importText(clean().replace("本年废止件数", "本年度止件数")
				.replace("2.其他法律行政法规禁止公开 0", "2.其他法律法规禁止公开 0").replace("行政规范性文件 2", "规范性文件 2")
				.replace("四、政府信息公开行政复议", "四、政府信息公开行政法复议"));
		assertEquals(0, run.exit());
		assertEquals(List.of(
				"6:13: warning: 表二的表头「本年度止件数」不是正式用语，应为「本年废止件数」；已按正式的列读取 [S2]",
				"8:1: warning: 表二的行「规范性文件」不是正式用语，应为「行政规范性文件」（照录，validate 会给出同样的警告） [S2]",
				"29:1: warning: 表三的行「2.其他法律法规禁止公开」不是正式用语，应为「2.其他法律行政法规禁止公开」（照录，validate 会给出同样的警告） [S2]",
				"49:1: warning: 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」（照录，validate 会给出同样的警告） [S1]"),
				findings(run));
		String body = body(run.out());
		assertTrue(body.contains("\n  规范性文件：      2 1 10\n"), body);
		assertTrue(body.contains("\n  其他法律法规禁止公开：0 0 0 0 0 0 0\n"), body);
		assertTrue(body.contains("\n四、政府信息公开行政法复议、行政诉讼情况\n"), body);
	}

	@Test
	void missingOtherColumnIsZero() throws IOException {
		StringBuilder text = new StringBuilder();
		for (String line : clean().split("\n", -1)) {
			// drop the 其他 value (the sixth of the seven) of every table 三 row
			text.append(line.matches(".*\\D \\d+ \\d+ \\d+ \\d+ \\d+ \\d+ \\d+$") && !line.startsWith("1 0")
					? line.replaceFirst(" \\d+( \\d+)$", "$1")
					: line).append('\n');
		}
		CliRun run = importText(text.toString().replace("法律服务机构 其他", "法律服务机构").stripTrailing() + "\n");
		assertEquals(0, run.exit());
		assertEquals(List.of("20:1: warning: 表三的表头没有「其他」列（只有 6 个数值列）：数值按其余各列读取，「其他」列按 0 处理 [COLUMNS]"),
				findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void labelsAndNumbersOnSeparateLines() throws IOException {
		CliRun run = importText(clean().replace("行政许可 5", "行政许可\n5").replace("（七）总计 7 1 0 0 0 0 8",
				"（七）总计\n7 1 0\n0 0 0 8"));
		assertEquals(0, run.exit());
		assertEquals(List.of("12:1: warning: 「行政许可」的数值在第 12 行，与标签（第 11 行）不在同一行，已按标签归行 [LAYOUT]",
				"49:1: warning: 「（七）总计」的数值在第 49 行，与标签（第 48 行）不在同一行，已按标签归行 [LAYOUT]"), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void headerSplitPerCharacter() throws IOException {
		CliRun run = importText(clean().replace("信息内容 本年制发件数", "信\n息\n内\n容\n本\n年\n制\n发\n件\n数"));
		assertEquals(List.of("6:1: warning: 表二的表头有 2 个标签被折行或逐字拆开（第 6–15 行），已按格式的标签识别 [LAYOUT]"),
				findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void pageNumberInsideTableIsDropped() throws IOException {
		CliRun run = importText(clean().replace("（四）无法提供 1.本机关", "- 4 -\n（四）无法提供 1.本机关"));
		assertEquals(List.of("36:1: warning: 删去页码「- 4 -」 [FURNITURE]"), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void markdownHeadings() throws IOException {
		CliRun run = importText(clean().replace("\n一、总体情况\n", "\n## 一、总体情况\n").replace("\n五、存在", "\n# 五、存在"));
		assertEquals(List.of("2:1: warning: 标题「## 一、总体情况」带有 Markdown 标记，已去掉 [LAYOUT]",
				"54:1: warning: 标题「# 五、存在的主要问题及改进情况」带有 Markdown 标记，已去掉 [LAYOUT]"), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void headingsGluedToText() throws IOException {
		CliRun run = importText(clean().replace("\n一、总体情况\n", "\n一、总体情况 ").replace("8件。\n二、主动", "8件。二、主动")
				.replace("存在问题。\n六、", "存在问题。六、"));
		assertEquals(List.of("2:1: warning: 标题「一、总体情况」与后面的文字连在同一行，已分开 [LAYOUT]",
				"2:19: warning: 标题「二、主动公开政府信息情况」与前面的文字连在同一行，已分开 [LAYOUT]",
				"53:6: warning: 标题「六、其他需要报告的事项」与前面的文字连在同一行，已分开 [LAYOUT]"), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void crawlerHeaderAndFurnitureAreDroppedAndListed() throws IOException {
		CliRun run = importText("标题: 测试局2023年政府信息公开工作年度报告\n发布时间: 2024-01-20\n发布机构: 测试局\n"
				+ "原文链接: http://example.gov.cn/a.html\n==== 正文 ====\n" + clean() + "附件下载\n");
		assertEquals(List.of(
				"1:1: warning: 删去爬虫抓取的信息头（第 1–5 行：标题、发布时间、发布机构、原文链接）；其中「标题」用作报告标题 [FURNITURE]",
				"63:1: warning: 删去网页导航或工具栏「附件下载」 [FURNITURE]"), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void blankCellsAndSlash() throws IOException {
		CliRun run = importText(clean().replace("规章 0 0 0", "规章 / / /").replace(
				"二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "二、上年结转政府信息公开申请数量 | 1 | | | | | | 1 |"));
		assertEquals(0, run.exit());
		assertEquals(List.of("24:1: warning: 「二、上年结转政府信息公开申请数量」有 5 个空白单元格，读作 0 [BLANK]"), findings(run));
		assertEquals(cleanBody().replace("{\n  行政规范性文件", "{\n  规章 本年制发件数 / 本年废止件数 / 现行有效件数 /\n  行政规范性文件")
				.replace("\n  上年结转", "\n  // 原文第 24 行空白单元格读作 0\n  上年结转"), body(run.out()));
	}

	@Test
	void fullWidthDigitsAndBrackets() throws IOException {
		CliRun run = importText(clean().replace("一、本年新收政府信息公开申请数量 7 1 0 0 0 0 8", "一、本年新收政府信息公开申请数量 ７ １ ０ ０ ０ ０ ８")
				.replace("（一）予以公开", "(一)予以公开").replace("1.本机关", "1、本机关").replace("2.重复申请", "2. 重复申请"));
		assertEquals(List.of(), findings(run));
		assertEquals(cleanBody(), body(run.out()));
	}

	@Test
	void format2019() throws IOException {
		CliRun run = importText(Files.readString(RESOURCES.resolve("published-2019.txt"), StandardCharsets.UTF_8));
		assertEquals(0, run.exit(), run.err());
		assertEquals(List.of(), findings(run));
		String body = body(run.out());
		assertTrue(body.startsWith("""
				年报 测试局 2020 格式 2019

				一、总体情况
				\"""
				本年度共收到申请8件。
				\"""

				二、主动公开政府信息情况
				{
				  规范性文件：  2    2 10
				  行政许可：    4   -1  5
				  行政处罚：    3   -1  3
				  行政事业性收费 上一年项目数量 2
				  政府集中采购：1 12.5
				}
				"""), body);
	}

	@Test
	void runTogetherCellsWithOneSegmentationUnderTheRules() throws IOException {
		// 「110000011」 is 1 10 0 0 0 0 11 or 11 0 0 0 0 0 11 under R3; R1 with 结转下年 11 leaves the second
		String text = clean().replace("二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "二、上年结转政府信息公开申请数量 110000011")
				.replace("四、结转下年度继续办理 1 0 0 0 0 0 1", "四、结转下年度继续办理 11 0 0 0 0 0 11");
		CliRun run = importText(text);
		assertEquals(0, run.exit());
		assertEquals(List.of("24:1: warning: 「二、上年结转政府信息公开申请数量」的数字相连「110000011」，唯一满足 R1–R3 的切分：11 0 0 0 0 0 11 [SEGMENT]"),
				findings(run));
		assertTrue(body(run.out()).contains("""
				  // 原文第 24 行数字相连「110000011」，按 R1–R3 唯一切分
				  上年结转 自然人 11 总计 11
				"""), run.out());
	}

	@Test
	void runTogetherCellsWithOneReadingOnly() throws IOException {
		CliRun run = importText(clean().replace("一、本年新收政府信息公开申请数量 7 1 0 0 0 0 8", "一、本年新收政府信息公开申请数量 7100008"));
		assertEquals(List.of("23:1: warning: 「一、本年新收政府信息公开申请数量」的数字相连「7100008」，只有一种切分（不靠勾稽关系）：7 1 0 0 0 0 8 [SEGMENT]"),
				findings(run));
	}

	private static String ambiguous() throws IOException {
		return clean().replace("二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "二、上年结转政府信息公开申请数量 110000011")
				.replace("四、结转下年度继续办理 1 0 0 0 0 0 1", "四、结转下年度继续办理 110000011");
	}

	@Test
	void runTogetherCellsWithSeveralSegmentationsAreNotGuessed() throws IOException {
		Path out = dir.resolve("out");
		CliRun run = importText(ambiguous(), "-o", out.toString());
		assertEquals(1, run.exit());
		assertEquals(List.of(
				"24:1: error: 「二、上年结转政府信息公开申请数量」的数值「110000011」有 2 种读法都满足 R1–R3：1 10 0 0 0 0 11 | 11 0 0 0 0 0 11；无法确定的单元格：「自然人」1 或 11、「商业企业」10 或 0；请按原表填写 [AMBIGUOUS]",
				"48:1: error: 「四、结转下年度继续办理」的数值「110000011」有 2 种读法都满足 R1–R3：1 10 0 0 0 0 11 | 11 0 0 0 0 0 11；无法确定的单元格：「自然人」1 或 11、「商业企业」10 或 0；请按原表填写 [AMBIGUOUS]"),
				findings(run));
		String report = Files.readString(out.resolve("in.report"), StandardCharsets.UTF_8);
		assertTrue(report.contains("""
				  // 无法识别（原文第 24 行「110000011」）：可能是 1 10 0 0 0 0 11 | 11 0 0 0 0 0 11
				  上年结转：?
				"""), report);
		CliRun validate = CliRun.of("validate", out.resolve("in.report").toString());
		assertEquals(1, validate.exit());
		assertTrue(validate.out().contains("in.report:30:8: error: 未解决：导入时无法从原文恢复的内容标为「?」，请按原文填写（见文件开头「需人工处理」） [SYNTAX]"),
				validate.out());
	}

	@Test
	void previousYearDecidesThroughX1() throws IOException {
		Path previous = TestFiles.write(dir, "prev/2022.report", """
				年报 测试局 2022 格式 2021
				一、总体情况
				\"""本年度无。\"""
				二、主动公开政府信息情况
				{ 行政规范性文件 现行有效件数 9 }
				三、收到和处理政府信息公开申请情况
				{
				  新收 自然人 11 总计 11
				  结转下年 自然人 11 总计 11
				}
				""");
		Path out = dir.resolve("out");
		CliRun run = importText(ambiguous(), "-o", out.toString(), "--previous", previous.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(List.of(
				"24:1: warning: 「二、上年结转政府信息公开申请数量」的数字相连「110000011」，满足 R1–R3 的切分有多种，按X1（上年报告（../prev/2022.report）的结转下年）确定：11 0 0 0 0 0 11 [SEGMENT]",
				"48:1: warning: 「四、结转下年度继续办理」的数字相连「110000011」，满足 R1–R3 的切分有多种，按X1（上年报告（../prev/2022.report）的结转下年）确定：11 0 0 0 0 0 11 [SEGMENT]"),
				findings(run));
		String report = Files.readString(out.resolve("in.report"), StandardCharsets.UTF_8);
		assertTrue(report.contains("年报 测试局 2023 格式 2021\n上年 \"../prev/2022.report\"\n"), report);
		assertTrue(report.contains("\n  上年结转 自然人 11 总计 11\n"), report);
		CliRun validate = CliRun.of("validate", out.resolve("in.report").toString());
		assertEquals("1 个文件，0 个错误，0 个警告\n", validate.out());
	}

	@Test
	void runTogetherCellsWithNoValidSegmentationAreUnresolved() throws IOException {
		CliRun run = importText(clean().replace("一、本年新收政府信息公开申请数量 7 1 0 0 0 0 8", "一、本年新收政府信息公开申请数量 71000009"));
		assertEquals(1, run.exit());
		assertEquals(List.of(
				"23:1: error: 「一、本年新收政府信息公开申请数量」的数值「71000009」无法读取：没有一种切分满足本行的勾稽关系；请按原表填写 [UNRESOLVED]"),
				findings(run));
		assertTrue(body(run.out()).contains("\n  新收：?\n"), run.out());
		assertTrue(!body(run.out()).contains("新收 自然人"), run.out());
	}
}
