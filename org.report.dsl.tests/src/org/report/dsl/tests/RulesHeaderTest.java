package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** S3 (title, year, statistics period), S4 (layout and its document) and S6 (信息处理费 in section 六). */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesHeaderTest {

	private static final String TITLE_ERROR = "ERROR S3 2:4 标题应为「测试局2025年政府信息公开工作年度报告」（也可写作「…年度…」），与机关名称和年份一致";

	@Inject
	private IssueList issues;

	private String withHeader(String header) {
		return issues.of(Sources.builder().header(header).build());
	}

	private String withPreamble(String header, String preamble) {
		return withHeader(header + "\n前言 " + Sources.narrative(preamble));
	}

	@Test
	public void titleOfAnotherYear() {
		assertEquals(TITLE_ERROR, withHeader("年报 测试局 2025 格式 2021\n标题 \"测试局2024年政府信息公开工作年度报告\""));
	}

	@Test
	public void titleOfAnotherOrgan() {
		assertEquals(TITLE_ERROR, withHeader("年报 测试局 2025 格式 2021\n标题 \"另一局2025年政府信息公开工作年度报告\""));
	}

	@Test
	public void titleWithSpacesAndNianDuIsClean() {
		assertEquals("", withHeader("年报 测试局 2025 格式 2021\n标题 \"测试局 2025 年度政府信息公开工作年度报告\""));
	}

	@Test
	public void statisticsPeriodOfAnotherYear() {
		assertEquals("ERROR S3 2:4 统计期限「2024年1月1日至2024年12月31日」与报告年份 2025 不一致",
				withPreamble("年报 测试局 2025 格式 2021", "本报告统计期限为2024年1月1日至2024年12月31日。"));
	}

	@Test
	public void statisticsPeriodOfTheYearIsClean() {
		assertEquals("", withPreamble("年报 测试局 2025 格式 2021", "统计期限自 2025 年 1 月 1 日至 2025 年 12 月 31 日。"));
	}

	@Test
	public void statisticsPeriodInOtherPhrasings() {
		assertEquals("ERROR S3 2:4 统计期限「2024年1月1日起到2024年12月31日」与报告年份 2025 不一致",
				withPreamble("年报 测试局 2025 格式 2021", "所列数据统计期限自2024年1月1日起到2024年12月31日止。"));
		assertEquals("ERROR S3 2:4 统计期限「2024年1月1日至12月31日」与报告年份 2025 不一致",
				withPreamble("年报 测试局 2025 格式 2021", "所列数据统计期限为2024年1月1日至12月31日。"));
	}

	@Test
	public void invalidYear() {
		assertEquals("ERROR S3 1:8 年份「1999」无效：应为报告所属的公历年份，如 2025", withHeader("年报 测试局 1999 格式 2021"));
		assertEquals("ERROR S3 1:8 年份「2025.5」无效：应为报告所属的公历年份，如 2025", withHeader("年报 测试局 2025.5 格式 2021"));
	}

	@Test
	public void format2019ForA2025Report() {
		assertEquals("ERROR S4 1:16 2025 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号），而不是 2019 年格式",
				withHeader("年报 测试局 2025 格式 2019"));
	}

	@Test
	public void citing2019DocumentIn2025Report() {
		assertEquals("ERROR S4 2:4 2025 年度报告应依据国办公开办函〔2021〕30号，而不是〔2019〕60号的试行格式",
				withPreamble("年报 测试局 2025 格式 2021", "根据国办公开办函〔2019〕60号要求编制本报告。"));
	}

	@Test
	public void citing2019DocumentWithOtherBrackets() {
		assertEquals("ERROR S4 2:4 2025 年度报告应依据国办公开办函〔2021〕30号，而不是〔2019〕60号的试行格式",
				withPreamble("年报 测试局 2025 格式 2021", "根据国办公开办函[2019]60号要求编制本报告。"));
	}

	@Test
	public void unknownFormat() {
		assertEquals("ERROR S4 1:16 格式「2020」未知：应为 2021（国办公开办函〔2021〕30号）或 2019（试行格式）",
				withHeader("年报 测试局 2025 格式 2020"));
	}

	@Test
	public void layoutsThatFitTheirYearAreClean() {
		assertEquals("", withPreamble("年报 测试局 2020 格式 2019", "根据国办公开办函〔2019〕60号要求编制本报告。"));
		assertEquals("", withPreamble("年报 测试局 2025 格式 2021", "根据国办公开办函〔2021〕30号要求编制本报告。"));
		assertEquals("", withHeader("年报 测试局 2025"));
	}

	@Test
	public void section6WithoutFeeStatement() {
		assertEquals("ERROR S6 19:1 第六部分未说明是否收取信息处理费（国办函〔2020〕109号）",
				issues.of(Sources.builder().narrative(6, "无").build()));
	}

	@Test
	public void section6WithFeeStatementIsClean() {
		assertEquals("", issues.of(Sources.builder().narrative(6, "2022年，无收取信息处理费情况。").build()));
	}

	@Test
	public void section6FeeStatementUnderAPartHeading() {
		assertEquals("", issues.of(Sources.builder()
				.body(6, "（一）信息处理费收取情况\n" + Sources.narrative("本年度未收取信息处理费。")).build()));
	}
}
