package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** R5 (counts of tables 三 and 四), R7 (table 二) and R8 (amounts in 万元). Table 二 rows start on line 8. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesValuesTest {

	@Inject
	private IssueList issues;

	@Test
	public void r5NegativeCount() {
		assertEquals("ERROR R5 11:10 一·自然人：「-1」为负数；件数不能小于 0", issues.of(Sources.table3("新收 自然人 -1")));
	}

	@Test
	public void r5CountWithDecimals() {
		assertEquals("ERROR R5 11:6 一·自然人：「1.5」带小数；件数必须是整数", issues.of(Sources.table3("新收：1.5")));
	}

	@Test
	public void r5CountBeyond64Bits() {
		assertEquals("ERROR R5 11:10 一·自然人：「99999999999999999999」超出 64 位整数范围（最大 9223372036854775807）",
				issues.of(Sources.table3("新收 自然人 99999999999999999999")));
	}

	@Test
	public void r5NotApplicableInTable4() {
		assertEquals("ERROR R5 14:8 「/」只用于县级机关的「规章」行；行政复议·结果维持 应填数值",
				issues.of(Sources.table4("行政复议：/")));
	}

	@Test
	public void r5LargestCountIsAccepted() {
		assertEquals("", issues.of(Sources.table3("""
				新收 自然人 9223372036854775807
				予以公开 自然人 9223372036854775807""")));
	}

	@Test
	public void r7NotApplicableOutsideRules() {
		assertEquals("ERROR R7 8:8 「/」只用于县级机关的「规章」行；行政许可·本年处理决定数量 应填数值",
				issues.of(Sources.table2("行政许可：/")));
	}

	@Test
	public void r7NegativeInTable2() {
		assertEquals("ERROR R7 8:18 行政规范性文件·本年制发件数：「-1」为负数；件数不能小于 0",
				issues.of(Sources.table2("行政规范性文件 本年制发件数 -1")));
	}

	@Test
	public void r7NegativeFee() {
		assertEquals("ERROR R7 8:11 行政事业性收费·本年收费金额（单位：万元）：「-1.5」为负数；金额不能小于 0",
				issues.of(Sources.table2("行政事业性收费：-1.5")));
	}

	@Test
	public void r7CountyLevelRulesAndDecimalFee() {
		assertEquals("", issues.of(Sources.table2("""
				规章：/ / /
				行政规范性文件：2 1 12
				行政许可：10690
				行政事业性收费：2425.311082""")));
	}

	@Test
	public void r8FeeThatLooksLikeYuan() {
		assertEquals("WARNING R8 8:11 行政事业性收费·本年收费金额（单位：万元） 20000 万元超过 10000 万元，是否误填为元？（单位为万元）",
				issues.of(Sources.table2("行政事业性收费：20000")));
	}

	@Test
	public void r8AtTheLimitAndForAGovernment() {
		assertEquals("", issues.of(Sources.table2("行政事业性收费：10000")));
		assertEquals("", issues.of(Sources.builder().header("年报 测试市人民政府 2025 格式 2021")
				.table(2, "行政事业性收费：20000").build()));
		assertEquals("", issues.of(Sources.builder().header("年报 \"平潭综合实验区\" 2025 格式 2021")
				.table(2, "行政事业性收费：20000").build()));
	}

	@Test
	public void r8AGovernmentOfficeIsADepartment() {
		assertEquals("WARNING R8 8:11 行政事业性收费·本年收费金额（单位：万元） 20000 万元超过 10000 万元，是否误填为元？（单位为万元）",
				issues.of(Sources.builder().header("年报 测试市人民政府办公室 2025 格式 2021")
						.table(2, "行政事业性收费：20000").build()));
	}
}
