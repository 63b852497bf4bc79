package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.publish.html.HtmlFixture.Loaded;

/**
 * The print page's typesetting hints: the title's words (never broken inside, {@code <span class="w">})
 * with a break opportunity between them, an explicit line break of 标题 kept, and tables holding long
 * numbers marked so that the stylesheet sets them smaller (9 digits fit without wrapping).
 */
class TitleAndNumbersTest {

	private static final String HUAIAN_TITLE = "标题 \"淮安市人民政府2024 年政府信息公开工作年度报告\"";

	private static List<String> words(Element h1) {
		return h1.select("span.w").eachText();
	}

	@Test
	void titleWordsAndTheirBreaks() {
		Document doc = Jsoup.parse(HtmlFixture.example("huaian-shizhengfu-2024").html());
		Element h1 = doc.selectFirst("h1.title");
		assertEquals(List.of("淮安市人民政府", "2024 年", "政府信息公开", "工作年度报告"), words(h1));
		assertEquals(3, h1.select("wbr").size());
		assertEquals("淮安市人民政府2024 年政府信息公开工作年度报告", h1.text());

		Element pingtan = Jsoup.parse(HtmlFixture.example("pingtan-2022").html()).selectFirst("h1.title");
		assertEquals(List.of("平潭综合实验区", "2022年度", "政府信息公开", "工作年度报告"), words(pingtan));
	}

	@Test
	void aLineBreakWrittenInTheTitleIsKept() throws Exception {
		String source = Files.readString(HtmlFixture.examples().resolve("huaian-shizhengfu-2024.report"));
		assertTrue(source.contains(HUAIAN_TITLE));
		Loaded l = HtmlFixture.source(source.replace(HUAIAN_TITLE, "标题 \"淮安市人民政府\\n2024 年政府信息公开工作年度报告\""));
		Element h1 = Jsoup.parse(l.html()).selectFirst("h1.title");
		assertEquals(1, h1.select("br").size());
		assertEquals("淮安市人民政府", h1.child(0).text());
		assertEquals("br", h1.child(1).tagName());
		assertEquals(List.of("淮安市人民政府", "2024 年", "政府信息公开", "工作年度报告"), words(h1));
	}

	@Test
	void tablesWithLongNumbersAreMarked() throws Exception {
		assertFalse(Jsoup.parse(HtmlFixture.example("huaian-shizhengfu-2024").html()).getElementById("t3")
				.hasClass("long-numbers"));
		String source = Files.readString(HtmlFixture.examples().resolve("huaian-shizhengfu-2024.report"));
		String line = "3001   53  0  0  61  4  3119";
		assertTrue(source.contains(line));
		Loaded l = HtmlFixture.source(source.replace(line, "123456789 987654321 0 0 61 4 111111175"));
		Document doc = Jsoup.parse(l.html());
		assertTrue(doc.getElementById("t3").hasClass("long-numbers"));
		assertFalse(doc.getElementById("t4").hasClass("long-numbers"));
		// 淮安's table 二 has 8-digit amounts (83605210)
		assertTrue(doc.getElementById("t2").hasClass("long-numbers"));
		assertTrue(doc.select("#t3 td").eachText().contains("123456789"));
	}
}
