package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.report.dsl.format.CrossYearRelation;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableId;

/** The typed constants of the format and the relations across years (X1, X2) declared with them. */
public class CrossYearRelationsTest {

	private static final ReportFormat F2021 = ReportFormats.V2021, F2019 = ReportFormats.V2019;

	@Test
	public void typedConstantsNameTheirRowsAndColumns() {
		assertEquals("一、本年新收政府信息公开申请数量", Table3.NEW.in(F2021).label());
		assertEquals("二、上年结转政府信息公开申请数量", Table3.CARRIED_OVER.in(F2019).label());
		assertEquals("（七）总计", Table3.RESULT_TOTAL.in(F2021).label());
		assertEquals("四、结转下年度继续办理", Table3.CARRIED_FORWARD.in(F2021).label());
		assertEquals("其他", Table3.OTHER_ORG.of(Table3.NEW.in(F2021)).label());
		assertEquals("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", List.of(Table3.NATURAL_PERSON,
				Table3.COMMERCIAL, Table3.RESEARCH, Table3.PUBLIC_WELFARE, Table3.LEGAL_SERVICE, Table3.OTHER_ORG,
				Table3.TOTAL).stream().map(c -> c.of(Table3.NEW.in(F2021)).label()).collect(Collectors.joining(" ")));
		assertEquals("行政复议 未经复议直接起诉 复议后起诉", List.of(Table4.REVIEW, Table4.SUIT_DIRECT, Table4.SUIT_AFTER_REVIEW)
				.stream().map(r -> r.in(F2021).label()).collect(Collectors.joining(" ")));
		assertEquals("结果维持 结果纠正 其他结果 尚未审结 总计", List.of(Table4.UPHELD, Table4.CORRECTED, Table4.OTHER_RESULT,
				Table4.PENDING, Table4.TOTAL).stream().map(c -> c.of(Table4.REVIEW.in(F2019)).label())
				.collect(Collectors.joining(" ")));
		assertEquals("规章 行政规范性文件 规范性文件 行政许可 行政事业性收费", String.join(" ", Table2.RULES.in(F2021).label(),
				Table2.NORMATIVE_DOCUMENTS.in(F2021).label(), Table2.NORMATIVE_DOCUMENTS.in(F2019).label(),
				Table2.LICENSING.in(F2021).label(), Table2.FEES.in(F2019).label()));
		assertEquals("本年制发件数 本年废止件数 现行有效件数 本年收费金额（单位：万元）", String.join(" ",
				Table2.ISSUED.of(Table2.RULES.in(F2021)).label(), Table2.REPEALED.of(Table2.RULES.in(F2021)).label(),
				Table2.IN_FORCE.of(Table2.RULES.in(F2021)).label(), Table2.FEE.of(Table2.FEES.in(F2021)).label()));
		assertNull(Table2.IN_FORCE.of(Table2.RULES.in(F2019)), "the 2019 layout has no 现行有效件数");
		assertEquals("主动公开政府信息情况 收到和处理政府信息公开申请情况", Table2.TABLE.in(F2021).title().substring(2) + " "
				+ Table3.TABLE.in(F2019).title().substring(2));
		assertEquals("二 三 四", List.of(TableId.values()).stream().map(TableId::id).collect(Collectors.joining(" ")));
		assertTrue(Table2.TABLE.statedInNarrative() && !Table3.TABLE.statedInNarrative()
				&& !Table4.TABLE.statedInNarrative());
		assertEquals(Table3.TABLE, TableId.of(F2019.table3()));
	}

	@Test
	public void x1PerColumnOfTable3AndX2PerDocumentRowOfTable2() {
		assertEquals("""
				X1 自然人: +三 二·自然人 = 三 四·自然人
				X1 商业企业: +三 二·商业企业 = 三 四·商业企业
				X1 科研机构: +三 二·科研机构 = 三 四·科研机构
				X1 社会公益组织: +三 二·社会公益组织 = 三 四·社会公益组织
				X1 法律服务机构: +三 二·法律服务机构 = 三 四·法律服务机构
				X1 其他: +三 二·其他 = 三 四·其他
				X1 总计: +三 二·总计 = 三 四·总计
				X2 规章: +二 规章·现行有效件数 −二 规章·本年制发件数 +二 规章·本年废止件数 = 二 规章·现行有效件数
				X2 行政规范性文件: +二 行政规范性文件·现行有效件数 −二 行政规范性文件·本年制发件数 +二 行政规范性文件·本年废止件数 = 二 行政规范性文件·现行有效件数""",
				describe(F2021.crossYear(F2021)));
	}

	@Test
	public void x1AlsoFrom2019To2021AndX2OnlyBetween2021Layouts() {
		List<CrossYearRelation> from2020 = ReportFormat.of(FormatVersion.V2021).crossYear(F2019);
		assertEquals(7, from2020.size());
		assertTrue(from2020.stream().allMatch(r -> r.rule().id().equals("X1")));
		assertSame(F2019.table3(), F2019.table(TableId.TABLE3));
		assertEquals(7, F2019.crossYear(F2019).size());
		assertEquals(7, F2019.crossYear(F2021).size());
		assertEquals("二、上年结转 结转下年", from2020.get(0).terms().get(0).name() + " " + from2020.get(0).previousName());
		assertEquals("现行有效件数 本年制发 本年废止 现行有效件数", F2021.crossYear(F2021).get(7).terms().stream()
				.map(CrossYearRelation.Term::name).collect(Collectors.joining(" ")) + " " + F2021.crossYear(F2021).get(7).previousName());
	}

	private static String describe(List<CrossYearRelation> relations) {
		return relations.stream().map(r -> r.rule().id() + " " + r.subject() + ": "
				+ r.terms().stream().map(t -> (t.sign() > 0 ? "+" : "−") + t.cell().display()).collect(Collectors.joining(" "))
				+ " = " + r.previous().display()).collect(Collectors.joining("\n"));
	}
}
