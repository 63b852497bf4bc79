package org.report.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.ReportImporter;

/**
 * The failure classes of real text copies (issue 13, 1–10), each on a small input of its own in
 * {@code resources/importer} (written for these tests after the shapes the issue describes; the same
 * small report — 测试县测试局 2023 — in each shape): the exact table read and the exact findings.
 */
public class TextCopiesTest {

	/** Table 三 of every input: 新收 31, 予以公开 20, 部分公开 3, 不掌握 6, 总计 29, 结转下年 2. */
	private static final String TABLE3 = """
			  新收 自然人 31 总计 31
			  予以公开 自然人 20 总计 20
			  部分公开 自然人 3 总计 3
			  不掌握 自然人 6 总计 6
			  总计 自然人 29 总计 29
			  结转下年 自然人 2 总计 2
			""";

	@Test
	public void blankCellsKeptAsConsecutiveTabsAreBlankCells() throws IOException {
		// 「31⇥⇥⇥⇥⇥⇥31」: 31, five blank cells, 31 — not "only 2 values"
		ImportResult result = importFile("01-tab-blanks.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals(TABLE3, table(result, 3));
		assertEquals(25, result.findings().size(), findings(result)); // one per row of table 三
		assertEquals(25, result.findings().stream().filter(f -> f.message().contains("个空白单元格，读作 0")).count());
		assertEquals("52:2 「（七）总计」有 5 个空白单元格，读作 0", result.findings().stream()
				.filter(f -> f.line() == 52).map(f -> f.line() + ":" + f.column() + " " + f.message()).findFirst().orElse(""));
	}

	@Test
	public void droppedBlankCellsArePlacedByTheRulesOverTheWholeTable() throws IOException {
		// 「16 2 1 1 20」 for seven columns: the two blank cells are placed where R1–R3 over the whole
		// table put them (新收 and 结转下年 are complete, so R1 pins （七）总计, and R2 the rest), not
		// by splitting 「16」 and 「20」
		ImportResult result = importFile("02-dropped-blanks.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals("""
				  新收：    25 3 0 2 0 1 31
				  予以公开：16 2 0 1 0 1 20
				  部分公开 自然人 3 总计 3
				  不掌握：   5 1 0 1 0 0  7
				  总计：    24 3 0 2 0 1 30
				  结转下年 自然人 1 总计 1
				""", table(result, 3).lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n", "", "\n")));
		assertEquals("31:11 COLUMNS 「（一）予以公开」只印了 5 个数值（应为 7 个）；缺少的单元格由 R1–R3 推出：16 2 0 1 0 1 20",
				findings(result).lines().filter(l -> l.startsWith("31:11 COLUMNS")).findFirst().orElse(""));
		assertEquals(6, result.findings().size(), findings(result));
	}

	@Test
	public void droppedBlankCellsTheRulesCannotPlaceAreReportedWithTheirReadings() throws IOException {
		// 新收 「25 3 2 1 31」 too: whether 2 and 1 stand under 社会公益组织/法律服务机构/其他 is pinned by
		// 不掌握 for 社会公益组织, but nothing tells 法律服务机构 from 其他: each finding names those two
		// cells and the values each may take
		ImportResult result = importFile("02-dropped-blanks-ambiguous.txt");
		assertEquals("""
				29:1 AMBIGUOUS 「一、本年新收政府信息公开申请数量」的数值「25 3 2 1 31」有 2 种读法都满足 R1–R3：25 3 0 2 0 1 31 | 25 3 0 2 1 0 31；无法确定的单元格：「法律服务机构」0 或 1、「其他」1 或 0；请按原表填写
				31:11 AMBIGUOUS 「（一）予以公开」的数值「16 2 1 1 20」有 2 种读法都满足 R1–R3：16 2 0 1 0 1 20 | 16 2 0 1 1 0 20；无法确定的单元格：「法律服务机构」0 或 1、「其他」1 或 0；请按原表填写
				52:2 AMBIGUOUS 「（七）总计」的数值「24 3 2 1 30」有 2 种读法都满足 R1–R3：24 3 0 2 0 1 30 | 24 3 0 2 1 0 30；无法确定的单元格：「法律服务机构」0 或 1、「其他」1 或 0；请按原表填写""",
				findings(result));
	}

	@Test
	public void aPageCopiedAsOneLineWithItsSectionsListedInThePreambleIsRead() throws IOException {
		// one line: the title glued to the preamble, the preamble listing 「一、总体情况；二、…」 before
		// the real headings, each heading glued to the text before and after it
		ImportResult result = importFile("03-one-line.txt");
		assertEquals(ImportResult.Outcome.IMPORTED, result.outcome());
		assertEquals(0, errors(result), findings(result));
		assertEquals(TABLE3, table(result, 3));
		assertEquals("""
				  行政规范性文件：  2 1 9
				  行政许可：      120
				  行政处罚：      15
				""", table(result, 2));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("""
				1:24 LAYOUT 标题「测试县测试局2023年政府信息公开工作年度报告」与后面的文字连在同一行，已分开
				1:58 LAYOUT 前言中列出的 6 个部分标题（目录）不是正文标题，已略过
				1:143 LAYOUT 标题「一、总体情况」与前面、后面的文字连在同一行，已分开""",
				findings(result).lines().limit(3).collect(Collectors.joining("\n")));
		assertEquals(8, result.findings().size(), findings(result));
	}

	@Test
	public void anOrganTheTitleDoesNotNameIsTakenFromTheFirstSentence() throws IOException {
		// title 「2023年政府信息公开工作年度报告」; 「…现向社会公布测试县测试局2023年度政府信息公开工作年度报告。」
		ImportResult result = importFile("10-organ-in-first-sentence.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("3:1 LAYOUT 标题没有写明机关名称，取自前言「公布测试县测试局2023年度政府信息公开工作年度报告」", findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void aYearTheTitleDoesNotGiveIsTakenFromTheStatisticsPeriod() throws IOException {
		// title 「测试县测试局政府信息公开工作年度报告」; 「本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。」
		ImportResult result = importFile("10-year-in-statistics-period.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("3:1 LAYOUT 标题没有写明年份，取自统计期限「统计期限为2023年1月1日至2023年12月31日」", findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void anOrganNeitherTitleNorFirstSentenceNamesIsTakenFromTheStatisticsPeriod() throws IOException {
		// title 「2023年政府信息公开工作年度报告」; 「本报告所列测试县测试局政府信息公开工作数据的统计期限自…」
		ImportResult result = importFile("10-organ-in-statistics-period.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("3:1 LAYOUT 标题和前言首句都没有写明机关名称，取自统计期限的句子「所列测试县测试局政府信息公开工作数据的统计期限」",
				findings(result));
	}

	@Test
	public void anOrganTheBodyDoesNotNameIsTakenFromThePagesTitle() throws IOException {
		// the body's title 「2023年政府信息公开工作年度报告」, no organ in the first sentence;
		// 「<title>测试县测试局2023年政府信息公开工作年度报告_测试县人民政府</title>」
		ImportResult result = importFile("10-page-title.html");
		assertEquals(0, errors(result), findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("2:1 FURNITURE 删去重复的标题「2023年政府信息公开工作年度报告」", findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void anOrganTheBodyDoesNotNameIsTakenFromThePagesHeading() throws IOException {
		// no title in the body, 「<title>测试县人民政府门户网站</title>」; the CMS template's article header
		// 「<h1>测试县测试局2023年政府信息公开工作年度报告</h1>」 outside the report
		ImportResult result = importFile("10-page-heading.html");
		assertEquals(0, errors(result), findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals("", findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void aTrialFormatTable2GluedToTheNextHeadingKeepsTable3() throws IOException {
		// 2020 report in the trial format of 2019: 「政府集中采购	3	1250000元三、收到和处理…」
		ImportResult result = importFile("04-trial-format-table2.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals("""
				  规范性文件：   2       2   9
				  行政许可：    10       0 120
				  行政处罚：     5       0  15
				  行政事业性收费 上一年项目数量 1
				  政府集中采购： 3 1250000
				""", table(result, 2));
		assertEquals(TABLE3, table(result, 3));
		assertEquals("""
				26:17 LAYOUT 表二中格式没有的文字（不含数值，多为被拆开的分组标题或表头）已略去：「元」
				26:18 LAYOUT 标题「三、收到和处理政府信息公开申请情况」与前面的文字连在同一行，已分开""", findings(result));
		assertEquals(-1, result.source().indexOf("\"\"\"\n元\n"), "the unit is no narrative");
	}

	@Test
	public void groupLabelsBetweenDataRowsAreRead() throws IOException {
		// PDF extraction: 「三、本年度办理结果」 after （一）'s values, 「（三）不予公开」 after 1.'s values …
		ImportResult result = importFile("05-interleaved-group-labels.txt");
		assertEquals("", findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void theThreeOtherProcessingRowsPrintedAsOneRowOfZerosAreZero() throws IOException {
		ImportResult result = importFile("05-other-processing-one-row-zero.txt");
		assertEquals("49:2 LAYOUT 「（六）其他处理」下的 3 行印成了一行（0 0 0 0 0 0 0，2019 年试行格式的排法）：全为 0，各行均读作 0",
				findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	@Test
	public void theThreeOtherProcessingRowsPrintedAsOneRowWithCountsAreLeftToTheReader() throws IOException {
		// 「（六）其他处理 1 0 0 0 0 0 1」: which of the three rows the 1 belongs to is not in the text; the
		// finding names the values that stay open (自然人 1, 总计 1) and the rows they may belong to
		ImportResult result = importFile("05-other-processing-one-row.txt");
		assertEquals("49:2 UNRESOLVED 「（六）其他处理」下的 3 行印成了一行（1 0 0 0 0 0 1，2019 年试行格式的排法）：合计无法分到各行——"
				+ "「自然人」1、「总计」1 可属于「（六）1」「（六）2」「（六）3」中任一行，也可分在几行（3 行之和为所印数值）；请按原表填写各行", findings(result));
		assertEquals("""
				  新收 自然人 31 总计 31
				  予以公开 自然人 20 总计 20
				  部分公开 自然人 3 总计 3
				  不掌握 自然人 6 总计 6
				  逾期不补正：?
				  逾期未缴费：?
				  其他处理其他：?
				  总计 自然人 30 总计 30
				  结转下年 自然人 1 总计 1
				""", table(result, 3));
	}

	@Test
	public void headingsWordedAlittleDifferentlyAreNotTakenAsTheTextStopping() throws IOException {
		// 「三、收到和处理政府信息⏎公开申请情况」, 「五、存在的主要问题及改进措施」, 「六、其他需要说明的事项」
		ImportResult result = importFile("06-headings-worded-differently.txt");
		assertEquals("""
				24:1 LAYOUT 标题「三、收到和处理政府信息公开申请情况」被折成多行，已合并
				63:1 LAYOUT 标题「五、存在的主要问题及改进措施」与正式标题的编号或用语不同，按「五、存在的主要问题及改进情况」读入
				67:1 LAYOUT 标题「六、其他需要说明的事项」与正式标题的编号或用语不同，按「六、其他需要报告的事项」读入""",
				findings(result));
		assertEquals(TABLE3, table(result, 3));
		assertTrue(result.source().contains("六、其他需要报告的事项\n\"\"\"\n本年度未收取信息处理费。\n\"\"\"\n"), result.source());
	}

	@Test
	public void sectionsInTheOrgansOwnNumberingAreRead() throws IOException {
		// 「第一部分 总体情况」 … 「第六部分 其他需要报告的事项」, with sub-parts 「（一）主动公开情况」
		ImportResult result = importFile("06-own-numbering.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals(6, result.findings().size(), findings(result));
		assertEquals("3:1 LAYOUT 标题「第一部分 总体情况」与正式标题的编号或用语不同，按「一、总体情况」读入",
				findings(result).lines().findFirst().orElse(""));
		assertEquals(TABLE3, table(result, 3));
		assertTrue(result.source().contains("一、总体情况\n（一）主动公开情况\n"), result.source());
	}

	@Test
	public void notesInsideTable2CellsAreNotValues() throws IOException {
		// 「行政规范性文件	2（其中修订 1 件）	1	9（含自然失效 3 件）」
		ImportResult result = importFile("07-notes-in-cells.txt");
		assertEquals("""
				  行政规范性文件：  2 1 9
				  行政许可：      120
				  行政处罚：      15
				""", table(result, 2));
		assertEquals("""
				12:10 LAYOUT 表二中的文字「（其中修订 1 件）」含有数字，是说明文字，不作为数值读取
				12:24 LAYOUT 表二中的文字「（含自然失效 3 件）」含有数字，是说明文字，不作为数值读取""", findings(result));
	}

	@Test
	public void aPageInTraditionalCharactersIsConvertedToSimplified() throws IOException {
		// the same report in 繁體 (made with ICU4J's Hans-Hant from the simplified input): 「一、總體情況」 …
		ImportResult result = importFile("08-traditional.txt");
		assertEquals("1:1 LAYOUT 原文为繁体字，已转换为简体字（ICU4J Hant-Hans）后导入；叙述按简体字录入", findings(result));
		assertEquals("年报 测试县测试局 2023 格式 2021", header(result));
		assertEquals(TABLE3, table(result, 3));
		assertTrue(result.source().contains("\n部分栏目更新不及时。下一步将加强培训。\n"), result.source());
	}

	@Test
	public void aSimplifiedPageIsNotConverted() throws IOException {
		ImportResult result = importFile("01-tab-blanks.txt");
		assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("繁体")), findings(result));
	}

	@Test
	public void aTable3BrokenIntoSmallMarkdownTablesWithGenericHeadersIsRead() throws IOException {
		// a PDF→Markdown conversion: one small table per row group, each headed 「| 项目 | 数据1 | … | 数据7 |」
		// (whose digits were read as an extra row of values 1 2 3 4 5 6 7 before)
		ImportResult result = importFile("09-markdown-tables.txt");
		assertEquals("29:1 LAYOUT 表三被拆成 8 个小表，各有「数据1、数据2…」之类的通用表头（PDF 转 Markdown 工具所加），表头已略去",
				findings(result));
		assertEquals(TABLE3, table(result, 3));
	}

	// ---- helpers ---------------------------------------------------------------------------------

	static ImportResult importFile(String name) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of("resources", "importer", name));
		return new ReportImporter().importText(name, bytes, null);
	}

	static long errors(ImportResult result) {
		return result.findings().stream().filter(ImportFinding::isError).count();
	}

	static String findings(ImportResult result) {
		return result.findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.message())
				.collect(Collectors.joining("\n"));
	}

	/** The report's first line in the language: 「年报 <organ> <year> 格式 <format>」. */
	static String header(ImportResult result) {
		return result.source().lines().filter(l -> l.startsWith("年报 ")).findFirst().orElse("");
	}

	/** The rows of a table in the written source, without comments, each line as written. */
	static String table(ImportResult result, int section) {
		String source = result.source();
		String[] numerals = { "", "一、", "二、", "三、", "四、", "五、", "六、" };
		int heading = source.indexOf("\n" + numerals[section]);
		int open = source.indexOf("{\n", heading);
		int close = source.indexOf("\n}", open);
		return source.substring(open + 2, close + 1).lines().filter(l -> !l.strip().startsWith("//"))
				.collect(Collectors.joining("\n", "", "\n"));
	}
}
