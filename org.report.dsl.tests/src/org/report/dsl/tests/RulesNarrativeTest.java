package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * T1–T4: numbers stated in the narrative against the tables. The narrative of 一 starts on line 4;
 * the tables are table 三 = 新收 74 + 上年结转 1 = （七）总计 75, table 四 行政复议 2 (1 纠正, 1 其他),
 * 直接起诉 1 (尚未审结), table 二 行政规范性文件 现行有效 698.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesNarrativeTest {

	private static final String TABLE2 = "行政规范性文件 本年制发件数 88 本年废止件数 55 现行有效件数 698";
	private static final String TABLE3 = """
			新收 自然人 71 商业企业 3
			上年结转 自然人 1
			予以公开 自然人 72 商业企业 3""";
	private static final String TABLE4 = """
			行政复议 结果纠正 1 其他结果 1
			未经复议直接起诉 尚未审结 1""";

	@Inject
	private IssueList issues;

	private String narrative(String text) {
		return issues.of(Sources.builder().narrative(1, text).table(2, TABLE2).table(3, TABLE3).table(4, TABLE4).build());
	}

	@Test
	public void consistentStatementsAreQuiet() {
		assertEquals("", narrative("全年共受理政府信息公开申请 74 件，答复 75 件（含上年度结转申请 1 件），"
				+ "涉及自然人72件、商业企业3件，办结率100%。政府信息公开行政复议 2 件，其中结果纠正 1 件，其他结果 1 件；"
				+ "行政诉讼 1 件。集中公开现行有效行政规范性文件698件。予以公开 75 件，占 100%。"));
	}

	@Test
	public void receivedMayIncludeTheCarriedOver() {
		assertEquals("", narrative("全区收到政府信息公开申请75件。"));
		assertEquals("", narrative("全区收到政府信息公开申请74件。"));
	}

	@Test
	public void t1ReceivedHandledCarried() {
		assertEquals("""
				WARNING T1 4:15 文中「受理政府信息公开申请 70 件」为 70，而表三 一、本年新收 74（含上年结转为 75）
				WARNING T1 4:23 文中「答复 74 件」为 74，而表三（七）总计 为 75，相差 1
				WARNING T1 4:37 文中「上年度结转申请 2 件」为 2，而表三 二、上年结转 为 1，相差 1
				WARNING T1 4:44 文中「3 件顺延到下年度」为 3，而表三 四、结转下年度继续办理 为 0，相差 3""",
				narrative("全年共受理政府信息公开申请 70 件，答复 74 件（含上年度结转申请 2 件，另有 3 件顺延到下年度答复）。"));
	}

	@Test
	public void t1PerApplicantAndNoneReceived() {
		assertEquals("WARNING T1 4:22 文中「涉及自然人70件」为 70，而表三 一、本年新收·自然人 71（含上年结转为 72）",
				narrative("全区收到政府信息公开申请75件，涉及自然人70件、商业企业3件。"));
		assertEquals("WARNING T1 4:3 文中「没有收到依申请公开政府信息公开申请」为 0，而表三 一、本年新收 为 74，相差 74",
				narrative("我局没有收到依申请公开政府信息公开申请。"));
	}

	/** The 其他 column and the aliases (企业, 维持 …) are named from the format too: a miss of the hand-written patterns. */
	@Test
	public void t1OtherApplicantsAndT2ResultAliases() {
		assertEquals("""
				WARNING T1 4:30 文中「、其他组织2件」为 2，而表三 一、本年新收·其他组织 0（含上年结转为 0）
				WARNING T2 4:58 文中「纠正 2 件」为 2，而表四 行政复议·结果纠正 为 1，相差 1""",
				narrative("全区收到政府信息公开申请75件，涉及自然人71件、其他组织2件、企业3件。政府信息公开行政复议 2 件，其中纠正 2 件。"));
	}

	@Test
	public void t2CasesAndResults() {
		assertEquals("""
				WARNING T2 4:12 文中「行政复议 3 件」为 3，而表四 行政复议·总计 为 2，相差 1
				WARNING T2 4:23 文中「结果纠正 2 件」为 2，而表四 行政复议·结果纠正 为 1，相差 1
				WARNING T2 4:38 文中「行政诉讼 2 件」为 2，而表四 行政诉讼（直接起诉 + 复议后起诉）·总计 为 1，相差 1""",
				narrative("政府信息公开行政复议 3 件，其中结果纠正 2 件；政府信息公开行政诉讼 2 件。"));
	}

	@Test
	public void t2AllUpheldWhilePendingAndNoCases() {
		assertEquals("""
				WARNING T2 4:5 文中「均获维持」不成立：表四尚有 1 件尚未审结
				WARNING T2 4:12 文中「未发生行政诉讼」为 0，而表四 行政诉讼·总计 为 1，相差 1""",
				narrative("复议案件均获维持；本年未发生行政诉讼。"));
	}

	@Test
	public void t3Percentages() {
		assertEquals("""
				WARNING T3 4:4 文中「办结率98%」为 98%，而表三（七）总计 75 ÷（新收 + 上年结转）75 = 100%
				WARNING T3 4:20 文中「30 件，占 50%」为 50%，而 30 ÷ 表三 新收 74 = 40.5%""",
				narrative("办结率98%。予以公开 30 件，占 50%。"));
		assertEquals("", narrative("予以公开 30 件，占 40.5%；部分公开 37 件，占 49.3%。"));
	}

	@Test
	public void t4DocumentsInForce() {
		assertEquals("WARNING T4 4:14 文中「现行有效行政规范性文件700件」为 700，而表二 行政规范性文件·现行有效件数 为 698，相差 2",
				narrative("集中现行有效行政规范性文件700件。"));
	}

	@Test
	public void referencesAndOtherNumbersAreNeverClaims() {
		assertEquals("", narrative("共受理申请 {三.新收.总计} 件，平均办结时限为 2 天，收到人大建议 5 件，合格率均为 100%。"));
	}
}
