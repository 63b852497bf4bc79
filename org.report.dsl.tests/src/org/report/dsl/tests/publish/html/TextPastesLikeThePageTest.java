package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.publish.TextRenderer;

/**
 * The official text pastes well into a site's CMS: narrative lines are joined where the HTML page joins
 * them (a PDF's wrapping inside a sentence is gone), spacing as in the source; an option keeps the
 * source's line breaks.
 */
class TextPastesLikeThePageTest {

	static List<String> examples() {
		return HtmlFixture.EXAMPLES;
	}

	@Test
	void wrappedLinesOfHuaianAreJoined() {
		String text = new TextRenderer().render(HtmlFixture.example("huaian-shizhengfu-2024").report());
		List<String> lines = text.lines().toList();
		assertTrue(lines.contains("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第 711 号）（以下简称《条例》）"
				+ "规定编制。报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。"), text);
		assertTrue(lines.contains("如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道 1 号，邮编：223001，"
				+ "电话：0517-83605210，电子邮箱：hazwgkc@163.com）。"), text);
		assertFalse(text.contains("《中华人民共和国政府\n"));
		// the PDF wrapped 「政策解读 21 个」 at its space; 淮安 spaces its numbers, so the space comes back
		assertTrue(text.contains("通过文字、图片等形式制作政策解读 21 个，"), text);
		assertTrue(text.contains("政府信息公开行政复议 351 件，"), text);
	}

	@Test
	void theOptionKeepsTheSourceLineBreaks() {
		String text = new TextRenderer(true).render(HtmlFixture.example("huaian-shizhengfu-2024").report());
		assertTrue(text.contains("本报告由淮安市人民政府办公室根据《中华人民共和国政府\n信息公开条例》（国令第 711 号）"), text);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyParagraphOfThePageIsALineOfTheText(String name) {
		HtmlFixture.Loaded l = HtmlFixture.example(name);
		Document page = HtmlFixture.parse(l.html());
		List<String> lines = new TextRenderer().render(l.report()).lines().toList();
		int paragraphs = 0;
		for (Element p : page.select(".narrative > p")) {
			assertTrue(lines.contains(p.wholeText()), () -> name + ": 「" + p.wholeText() + "」 is no line of the text");
			paragraphs++;
		}
		assertTrue(paragraphs > 0, name);
	}
}
