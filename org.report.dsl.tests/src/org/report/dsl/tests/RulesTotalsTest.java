package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** R1–R6 on tables 三 and 四 as the validator reports them (table 三 rows start on line 11, 四 on 14). */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesTotalsTest {

	@Inject
	private IssueList issues;

	@Test
	public void r1Fires() {
		// the 总计 column is all computed, so it restates the 自然人 finding and is not reported again
		assertEquals("""
				ERROR R1 11:6 自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 0 = 0，相差 1""",
				issues.of(Sources.table3("新收 自然人 1")));
	}

	@Test
	public void r1Holds() {
		assertEquals("", issues.of(Sources.table3("""
				新收 自然人 1
				上年结转 商业企业 2
				予以公开 自然人 1 企业 1
				结转下年 企业 1""")));
	}

	@Test
	public void r2Fires() {
		assertEquals("""
				ERROR R2 13:6 自然人：（七）总计 2，而予以公开 1（其余为 0） = 1，相差 1
				ERROR R2 13:12 总计：（七）总计 2，而予以公开 1（其余为 0） = 1，相差 1""", issues.of(Sources.table3("""
				新收 自然人 2 总计 2
				予以公开 自然人 1 总计 1
				总计 自然人 2 总计 2""")));
	}

	@Test
	public void r2Holds() {
		assertEquals("", issues.of(Sources.table3("""
				新收 自然人 2 总计 2
				予以公开 自然人 1 总计 1
				不掌握 自然人 1 总计 1
				总计 自然人 2 总计 2""")));
	}

	@Test
	public void r3Fires() {
		assertEquals("""
				ERROR R3 11:19 一：总计 3，而自然人 1 + 商业企业 1（其余为 0） = 2，相差 1
				ERROR R3 12:21 四：总计 3，而自然人 1 + 商业企业 1（其余为 0） = 2，相差 1""", issues.of(Sources.table3("""
				新收 自然人 1 商业企业 1 总计 3
				结转下年 自然人 1 商业企业 1 总计 3""")));
	}

	@Test
	public void r3Holds() {
		assertEquals("", issues.of(Sources.table3("""
				新收 自然人 1 商业企业 1 总计 2
				结转下年：1 1 0 0 0 0 2""")));
	}

	@Test
	public void r4Fires() {
		assertEquals("ERROR R4 14:22 行政复议：总计 3，而结果维持 1 + 结果纠正 1（其余为 0） = 2，相差 1",
				issues.of(Sources.table4("行政复议 结果维持 1 结果纠正 1 总计 3")));
	}

	@Test
	public void r4Holds() {
		assertEquals("", issues.of(Sources.table4("""
				复议 维持 1 纠正 1 总计 2
				未经复议直接起诉：0 0 1 1 2
				复议后起诉 尚未审结 1""")));
	}

	@Test
	public void r6FiresWithR1() {
		// R6 cannot fail alone: with non-negative cells, 四 > 一 + 二 also breaks R1
		assertEquals("""
				ERROR R1 11:6
				WARNING R6 12:8""", issues.codes(Sources.table3("""
				新收 自然人 1
				结转下年 自然人 2""")));
	}

	@Test
	public void r6Message() {
		assertEquals("""
				ERROR R1 11:6 自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 2 = 2，相差 1
				WARNING R6 12:8 自然人：四 2 大于 一 1 + 二 0 = 1，超出 1""", issues.of(Sources.table3("""
				新收 自然人 1
				结转下年 自然人 2""")));
	}

	@Test
	public void r6Holds() {
		assertEquals("", issues.of(Sources.table3("""
				新收 自然人 1
				上年结转 自然人 1
				结转下年 自然人 2""")));
	}

	@Test
	public void r3BeyondLongIsNotHidden() {
		assertEquals("""
				ERROR R3 11:37 一：总计 9223372036854775807，而自然人 9223372036854775807 + 商业企业 1（其余为 0） = 9223372036854775808，相差 1
				ERROR R3 12:39 四：总计 9223372036854775807，而自然人 9223372036854775807 + 商业企业 1（其余为 0） = 9223372036854775808，相差 1""",
				issues.of(Sources.table3("""
						新收 自然人 9223372036854775807 商业企业 1 总计 9223372036854775807
						结转下年 自然人 9223372036854775807 商业企业 1 总计 9223372036854775807""")));
	}
}
