package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.Test;

/** Hovers on a cell, a total, a reference, a row label and a heading. */
public class HoverTest extends LspTest {

	private String hover(String source) throws Exception {
		open(source);
		Hover hover = languageServer.hover(new HoverParams(document(), cursor)).get();
		return hover == null ? "" : "[" + covered(hover.getRange()) + "]\n" + hover.getContents().getRight().getValue();
	}

	@Test
	public void cellWithItsRules() throws Exception {
		assertEquals("""
				[自然人 2]
				**表三 一、本年新收政府信息公开申请数量 · 自然人**

				值：2（填写）

				勾稽关系：
				- R3 一：✗ 不成立（总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1）
				- R1 自然人：✓ 成立
				- R6 自然人：✓ 成立
				""", hover(Samples.TOTALS.replace("新收 自然人 2", "新收 自然‸人 2")));
	}

	@Test
	public void totalWithItsAddends() throws Exception {
		assertEquals("""
				[总计 4]
				**表三 一、本年新收政府信息公开申请数量 · 总计**

				值：4（填写）

				R3 合计 一·总计 4 = 自然人 2 + 商业企业 1（其余为 0）

				勾稽关系：
				- R3 一：✗ 不成立（总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1）
				- R1 总计：✗ 不成立（一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1）
				- R6 总计：✓ 成立
				""", hover(Samples.TOTALS.replace("总计 4", "总计 ‸4")));
	}

	@Test
	public void referenceToAComputedTotal() throws Exception {
		String hover = hover(Samples.TOTALS.replace("{三.予以公开.总计}", "{三.予以‸公开.总计}"));
		assertEquals("""
				[{三.予以公开.总计}]
				引用 `{三.予以公开.总计}` = 3

				**表三 （一）予以公开 · 总计**

				值：3（省略，由各项计算）

				R3 合计 （一）·总计 3 = 自然人 2 + 商业企业 1（其余为 0）""", hover.substring(0, hover.indexOf("\n\n勾稽关系")));
	}

	@Test
	public void rowLabel() throws Exception {
		assertEquals("""
				[结转下年]
				**表三 四、结转下年度继续办理**

				列：自然人 · 商业企业 · 科研机构 · 社会公益组织 · 法律服务机构 · 其他 · 总计

				简称：结转下年、结转下年度""", hover(Samples.TOTALS.replace("结转下年 自然人", "结转‸下年 自然人")));
	}

	/** A keyword shows the meaning the language reference gives it (one table: KeywordDoc). */
	@Test
	public void keywordWithItsMeaning() throws Exception {
		assertEquals("""
				[上年]
				**上年**

				同一机关上一年度报告的相对路径，用于跨年规则 X1、X2：`上年 "../2024/局.report"`""",
				hover(Samples.TOTALS.replaceFirst("\n", "\n上‸年 \"../2024/a.report\"\n")));
	}

	@Test
	public void tableBraceWithItsMeaning() throws Exception {
		assertEquals("[{]\n**{**\n\n表格开始（写在二、三、四部分标题之后）", hover(Samples.TOTALS.replaceFirst("\n\\{\n", "\n‸{\n")));
	}
}
