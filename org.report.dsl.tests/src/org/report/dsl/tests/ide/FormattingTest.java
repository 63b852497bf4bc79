package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.junit.jupiter.api.Test;

/** Formatting aligns table cells, is idempotent and never changes narrative or comments. */
public class FormattingTest extends LspTest {

	private String format(String source) throws Exception {
		open(source);
		var edits = languageServer.formatting(new DocumentFormattingParams(document(), new FormattingOptions(2, true))).get();
		return apply(text, edits);
	}

	private static final String MESSY = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{   新收 自然人 71   商业企业 3
			上年结转：1 0 0 0 0 0 1    // 上年
			    予以公开 自然人  21 商业企业   3
			  部分公开：12 0 0 0 0 0 12
			   结转下年度 自然人 0 }
			""";

	private static final String FORMATTED = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{
			  新收       自然人 71 商业企业 3
			  上年结转：    1 0 0 0 0 0  1    // 上年
			    予以公开   自然人 21 商业企业 3
			  部分公开：   12 0 0 0 0 0 12
			  结转下年度 自然人 0
			}
			""";

	@Test
	public void alignsTableCells() throws Exception {
		assertEquals(FORMATTED, format(MESSY));
	}

	@Test
	public void idempotent() throws Exception {
		assertEquals(FORMATTED, format(FORMATTED));
	}
}
