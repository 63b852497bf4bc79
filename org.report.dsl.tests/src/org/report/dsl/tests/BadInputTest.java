package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;

/** Inputs a user or an importer may produce: each yields its exact finding, none throws. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class BadInputTest {

	private static final String EMPTY = "ERROR SYNTAX 1:1 文件为空：报告应以「年报 机关名称 年份 格式 2021」开头";
	private static final String BINARY = "\uFFFD\uFFFD\u0000\u0001\u0002\u0003PK\u0003\u0004\u0014\u0000\u0008\u00FF\u00FE";

	@Inject
	private IssueList issues;

	@Test
	public void emptyFile() {
		assertEquals(EMPTY, issues.of(""));
		assertEquals(EMPTY, issues.of(new byte[0]));
		assertEquals(EMPTY, issues.of("  \n\n\t"));
		assertEquals(EMPTY, issues.of("// 只有注释\n"));
	}

	@Test
	public void binaryLookingCharacters() {
		assertEquals("ERROR SYNTAX 1:1 语法错误：此处不应出现「\uFFFD」，应为「年报」", issues.of(BINARY));
	}

	@Test
	public void crlfValidatesLikeLf() {
		String lf = Sources.builder().narrative(1, "收到{三.不存在.总计}件\n\n完").table(3, "新收 自然人 1")
				.heading(5, "五、政府信息公开工作存在的主要问题及改进情况").build();
		String expected = """
				ERROR REF 4:3 引用 {三.不存在.总计} 无效：表三没有「不存在」这一行
				ERROR R1 13:6 自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 0 = 0，相差 1
				WARNING S1 18:1 标题「五、政府信息公开工作存在的主要问题及改进情况」不是正式用语，应为「五、存在的主要问题及改进情况」""";
		assertEquals(expected, issues.of(lf));
		assertEquals(expected, issues.of(lf.replace("\n", "\r\n")));
	}

	@Test
	public void utf8ByteOrderMark() {
		byte[] text = Sources.valid().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertEquals("", issues.of(withBom));
		assertEquals("", issues.of("\uFEFF" + Sources.valid()));
	}

	/** A GBK file loaded by a resource set (the language server, a 上年 link) is refused, not read as mojibake. */
	@Test
	public void gbkBytes() {
		assertEquals("ERROR ENCODING 2:1 文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8",
				issues.of(("// only ASCII here\n" + Sources.valid()).getBytes(java.nio.charset.Charset.forName("GBK"))));
	}

	@Test
	public void unknownRowLabel() {
		assertEquals("ERROR S2 11:3 表三没有「申请总数」这一行", issues.of(Sources.table3("申请总数：1 2")));
	}

	@Test
	public void duplicateCell() {
		assertEquals("ERROR S2 12:6 单元格重复：三 一·自然人 已在第 11 行写过", issues.of(Sources.table3("""
				新收：1
				新收 自然人 1
				予以公开 自然人 1""")));
	}

	@Test
	public void negativeNumber() {
		assertEquals("ERROR R5 14:13 行政复议·结果维持：「-3」为负数；件数不能小于 0", issues.of(Sources.table4("行政复议 结果维持 -3")));
	}

	@Test
	public void decimalsInACount() {
		assertEquals("ERROR R7 8:8 行政许可·本年处理决定数量：「2.50」带小数；件数必须是整数", issues.of(Sources.table2("行政许可：2.50")));
	}

	@Test
	public void numberBeyond64Bits() {
		assertEquals("ERROR R7 8:8 行政处罚·本年处理决定数量：「18446744073709551616」超出 64 位整数范围（最大 9223372036854775807）",
				issues.of(Sources.table2("行政处罚：18446744073709551616")));
	}

	@Test
	public void sectionsOutOfOrder() {
		assertEquals("ERROR S1 5:1 章节顺序错误：「一、总体情况」应在第二部分之前",
				issues.of(Sources.builder().order(2, 1, 3, 4, 5, 6).build()));
	}

	@Test
	public void missingSection() {
		assertEquals("ERROR S1 1:4 缺少「一、总体情况」", issues.of(Sources.builder().order(2, 3, 4, 5, 6).build()));
	}

	@Test
	public void strayClosingBraceStopsReadingWithoutACascade() {
		// the sections after the stray 「}」 are not read; they are not reported missing as well
		assertEquals("ERROR SYNTAX 10:1 语法错误：多余的「}」，其后的内容未能读入（请检查「{」「}」是否成对）",
				issues.of(Sources.table2("行政许可 本年处理决定数量 1\n}")));
	}

	@Test
	public void missingValueAfterColon() {
		assertEquals("ERROR SYNTAX 9:1 语法错误：行「行政许可」的「：」后应写数值（按正式列序），而不是「}」",
				issues.of(Sources.table2("行政许可：")));
	}

	/** ANTLR recovers by dropping 「格式」 and reads 2021 as the year; the error is still located at 格式. */
	@Test
	public void missingYear() {
		assertEquals("ERROR SYNTAX 1:8 语法错误：多余的「格式」，应为数值",
				issues.of(Sources.builder().header("年报 测试局 格式 2021").build()));
	}

	@Test
	public void missingYearIsOnlyASyntaxError() {
		assertEquals("ERROR SYNTAX 2:1 语法错误：「一、总体情况」之前缺少数值", issues.of(Sources.builder().header("年报 测试局").build()));
	}

	@Test
	public void tenMegabyteNarrative() {
		String line = "本机关依法做好政府信息公开工作，认真落实各项要求。";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 220_000; i++) {
			text.append(i == 100_000 ? "本报告统计期限为2024年1月1日至2024年12月31日。" : line).append('\n');
		}
		text.append("共收到{三.无此行.总计}件。");
		assertEquals(true, text.toString().getBytes(StandardCharsets.UTF_8).length > 10 * 1024 * 1024);
		Resource resource = issues.parse(Sources.builder().narrative(1, text.toString()).build());
		Report report = (Report) resource.getContents().get(0);
		assertEquals(text.toString(), ((Narrative) report.getBlocks().get(0).getContents().get(0)).getText());
		assertEquals("""
				ERROR S3 3:1 统计期限「2024年1月1日至2024年12月31日」与报告年份 2025 不一致
				ERROR REF 220004:4 引用 {三.无此行.总计} 无效：表三没有「无此行」这一行""", issues.of(resource));
	}
}
