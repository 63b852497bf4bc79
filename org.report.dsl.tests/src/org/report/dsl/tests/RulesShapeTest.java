package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** S2: tables have exactly the official rows and columns, one table per table section. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesShapeTest {

	@Inject
	private IssueList issues;

	@Test
	public void unknownRow() {
		assertEquals("ERROR S2 11:3 表三没有「不存在的行」这一行", issues.of(Sources.table3("不存在的行：1")));
	}

	@Test
	public void groupLabelUsedAsRow() {
		assertEquals("ERROR S2 11:3 「（三）不予公开」是表三的分组标题，本身没有数值；请写其下的具体行",
				issues.of(Sources.table3("（三）不予公开：1")));
		assertEquals("ERROR S2 14:3 「行政诉讼」是表四的分组标题，本身没有数值；请写其下的具体行",
				issues.of(Sources.table4("行政诉讼：1")));
	}

	@Test
	public void unknownColumn() {
		assertEquals("ERROR S2 11:6 「一」没有「未知列」列；可用的列：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计",
				issues.of(Sources.table3("新收 未知列 1")));
	}

	@Test
	public void duplicateCell() {
		assertEquals("ERROR S2 12:8 单元格重复：三 一·自然人 已在第 11 行写过", issues.of(Sources.table3("""
				新收 自然人 1
				本年新收 自然人 1
				予以公开 自然人 1""")));
	}

	@Test
	public void tooManyPositionalValues() {
		assertEquals("ERROR S2 11:20 「一」只有 7 列，多出第 8 个数值", issues.of(Sources.table3("""
				新收：1 0 0 0 0 0 1 5
				予以公开 自然人 1""")));
	}

	@Test
	public void labelVariantsWarn() {
		assertEquals("WARNING S2 12:3 「其他法律法规禁止公开」不是正式用语，应为「2.其他法律行政法规禁止公开」",
				issues.of(Sources.table3("""
						新收 自然人 1
						其他法律法规禁止公开 自然人 1""")));
		assertEquals("""
				WARNING S2 8:3 「规范性文件」不是正式用语，应为「行政规范性文件」
				WARNING S2 8:9 「本年度止件数」不是正式用语，应为「本年废止件数」""",
				issues.of(Sources.table2("规范性文件 本年度止件数 1")));
	}

	@Test
	public void officialLabelsAndAliasesAreClean() {
		assertEquals("", issues.of(Sources.table3("""
				"一、本年新收政府信息公开申请数量" 自然人 2 企业 1 公益组织 1 其他组织 1
				"1.属于国家秘密" 自然人 1
				"3.危及“三安全一稳定”" 自然人 1
				"(二)部分公开(区分处理的,只计这一情形,不计其他情形)" 商业企业 1
				其他处理其他 社会公益组织 1
				逾期不缴费 其他 1
				（七）总计 自然人 2 商业企业 1 社会公益组织 1 其他 1 总计 5""")));
	}

	@Test
	public void tableInASectionThatHasNone() {
		assertEquals("ERROR S2 6:1 「一、总体情况」没有表格；表格只能写在二、三、四部分",
				issues.of(Sources.builder().body(1, Sources.narrative("本机关依法做好政府信息公开工作。") + "\n{\n}").build()));
	}

	@Test
	public void twoTablesInOneSection() {
		assertEquals("ERROR S2 12:1 表三重复：本部分已有一个表格", issues.of(Sources.builder().body(3, "{\n}\n{\n}").build()));
	}

	@Test
	public void tableUnderAPartHeadingBelongsToItsSection() {
		assertEquals("", issues.of(Sources.builder()
				.body(3, "（一）收到申请情况\n" + Sources.table("新收 自然人 1\n予以公开 自然人 1")).build()));
	}
}
