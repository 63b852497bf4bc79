package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.tests.publish.html.HtmlFixture.Loaded;
import org.report.dsl.publish.Paragraphs;
import org.report.dsl.publish.PublishedSection;

/** The page as a document: self-contained, valid, and with every character of the report. */
class HtmlDocumentTest {

	static List<String> examples() {
		return HtmlFixture.EXAMPLES;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void printPageIsSelfContained(String name) {
		Loaded l = HtmlFixture.example(name);
		Document doc = checkDocument(l.html(), l.report().title());
		assertEquals("report", doc.body().className());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void reviewPageIsSelfContained(String name) {
		Loaded l = HtmlFixture.example(name);
		Document doc = checkDocument(l.review(), l.report().title());
		assertEquals("report review", doc.body().className());
	}

	/** What every page must be: HTML5 without parse errors, no script, no request, only inner links. */
	static Document checkDocument(String html, String title) {
		assertTrue(html.startsWith("<!DOCTYPE html>\n"), "doctype");
		Document doc = HtmlFixture.parse(html);
		assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
		Element charset = doc.head().child(0);
		assertEquals("meta", charset.tagName(), "charset is declared first");
		assertEquals("utf-8", charset.attr("charset"));
		assertEquals(title, doc.title());
		assertEquals(1, doc.select("head > title").size());
		Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
		assertNotNull(csp, "Content-Security-Policy");
		assertEquals("default-src 'none'; style-src 'unsafe-inline'", csp.attr("content"));
		assertTrue(doc.select("script, noscript, link, img, picture, iframe, frame, object, embed, base, form, video, "
				+ "audio, source, track, svg, math, template, input, button").isEmpty(), "no active or loading element");
		assertTrue(doc.select("[src], [srcset], [action], [formaction], [poster], [data], [style], [background]")
				.isEmpty(), "no loading attribute, no inline style attribute");
		for (Element e : doc.getAllElements()) {
			for (Attribute a : e.attributes()) {
				assertFalse(a.getKey().toLowerCase().startsWith("on"), () -> "event handler " + a);
			}
		}
		for (Element a : doc.select("[href]")) {
			String href = a.attr("href");
			assertTrue(href.startsWith("#"), () -> "only links inside the page: " + href);
			assertNotNull(doc.getElementById(href.substring(1)), () -> "link target exists: " + href);
		}
		String css = doc.select("style").html();
		assertFalse(css.contains("url("), "no url() in the stylesheet");
		assertFalse(css.contains("@import"), "no @import");
		assertTrue(css.contains("@page") && css.contains("size: A4"), "print page size");
		Set<String> ids = new HashSet<>();
		for (Element e : doc.select("[id]")) {
			assertTrue(ids.add(e.id()), () -> "duplicate id " + e.id());
		}
		return doc;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void sectionsHeadingsAndNarrativeAreTheReportsLineByLine(String name) {
		Loaded l = HtmlFixture.example(name);
		Document doc = HtmlFixture.parse(l.html());
		assertEquals(l.report().title(), doc.selectFirst("header#report-header > h1.title").text());
		assertEquals(1, doc.select("h1").size());
		narrative(doc, "preamble", l.report().preamble());
		narrative(doc, "trailer", l.report().trailer());
		for (PublishedSection s : l.report().sections()) {
			int n = s.def().number();
			Element section = doc.getElementById("s" + n);
			assertEquals("section", section.tagName());
			assertEquals(s.def().label(), section.selectFirst("h2").text());
			for (int i = 0; i < s.elements().size(); i++) {
				org.report.dsl.publish.Element e = s.elements().get(i);
				String id = "s" + n + "-e" + i;
				if (e instanceof org.report.dsl.publish.Element.SubHeading h) {
					Element h3 = doc.getElementById(id);
					assertEquals("h3", h3.tagName());
					assertEquals(h.text(), h3.wholeText());
				} else if (e instanceof org.report.dsl.publish.Element.Text t) {
					narrative(doc, id, t.text());
				} else {
					assertEquals(1, section.select("table").size());
				}
			}
		}
		assertEquals(l.report().sections().size(), doc.select("section.section").size());
		assertEquals(3, doc.select("table").size());
	}

	/**
	 * Every character of the text is in the paragraphs, in order; line breaks end a paragraph only after
	 * sentence-ending punctuation or at a blank line (other breaks are wraps and are joined).
	 */
	private static void narrative(Document doc, String id, String text) {
		Element div = doc.getElementById(id);
		if (text == null) {
			assertTrue(div == null, id);
			return;
		}
		assertNotNull(div, id);
		List<String> paragraphs = wholeTexts(div.select("> p"));
		// the wraps joined as Paragraphs joins them (ParagraphsTest), the paragraphs one after another
		assertEquals(Paragraphs.join(text.replace("\r", "")).replaceAll("\n[ \t\u3000]*(?=\n)", "\n").replace("\n", ""),
				String.join("", paragraphs));
		for (int i = 0; i < paragraphs.size() - 1; i++) {
			String p = paragraphs.get(i).stripTrailing();
			boolean ends = "。！？；：…」”）)!?;:".indexOf(p.charAt(p.length() - 1)) >= 0;
			assertTrue(ends || text.contains(paragraphs.get(i) + "\n\n") || text.contains(paragraphs.get(i) + "\n \n"),
					id + ": paragraph ends mid-sentence: " + p);
		}
	}

	@Test
	void wrappedLinesAreJoinedIntoParagraphs() {
		Loaded l = HtmlFixture.example("huaian-shizhengfu-2024");
		assertEquals(List.of("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第 711 号）（以下简称《条例》）规定编制。"
				+ "报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。",
				"如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，"
						+ "电子邮箱：hazwgkc@163.com）。"),
				wholeTexts(HtmlFixture.parse(l.html()).select("#preamble > p")));
	}

	private static List<String> wholeTexts(List<Element> elements) {
		return elements.stream().map(Element::wholeText).toList();
	}

	private static final String NASTY = "<script>alert(1)</script> & \"q\" '</td>' <!-- c --> ]]> &amp; <b>b</b>";

	@Test
	void everyTextIsEscaped() {
		String source = Sources.report("年报 \"测试<局>&'\" 2025 格式 2021", NASTY + "\n第二行 <i>\n\n第三行", "", "",
				Sources.FEE + " " + NASTY).replace("（一）主动公开", "\"（一）<b>主动</b>公开&\"");
		Loaded l = HtmlFixture.source(source);
		for (String html : List.of(l.html(), l.review())) {
			Document doc = checkDocument(html, "测试<局>&'2025年政府信息公开工作年度报告");
			assertTrue(doc.select("script, b, i").isEmpty(), "no element from the text");
			NodeTraversor.traverse((node, depth) -> assertFalse(node instanceof Comment, "no comment"), doc);
			assertEquals("测试<局>&'2025年政府信息公开工作年度报告", doc.selectFirst("h1").text());
			assertEquals("（一）<b>主动</b>公开&", doc.getElementById("s1-e0").wholeText());
			assertEquals(List.of(NASTY + "第二行 <i>", "第三行"), wholeTexts(doc.select("#s1-e1 > p")));
			assertEquals(List.of(Sources.FEE + " " + NASTY), wholeTexts(doc.select("#s6-e0 > p")));
			assertFalse(html.contains("<script"));
			assertFalse(html.contains("<!--"));
			assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;&lt;/td&gt;&#39;"));
		}
	}

	@Test
	void charactersHtmlForbidsAreReplacedOthersKept() {
		String text = "控制\u0007符 \u0000 与 𠮷 \uFEFF 全角　空格";
		Loaded l = HtmlFixture.source(Sources.report(Sources.HEADER, text, "", "", Sources.FEE));
		String html = l.html();
		Document doc = checkDocument(html, l.report().title());
		assertEquals(text.replace('\u0007', '\uFFFD').replace('\u0000', '\uFFFD'),
				doc.selectFirst("#s1-e1 > p").wholeText());
	}

	@Test
	void aLineStartingWithSpacesKeepsThemAndIsNotIndentedAgain() {
		Loaded l = HtmlFixture.source(Sources.report(Sources.HEADER, "　　已缩进的段落。\n普通段落", "", "", Sources.FEE));
		Document doc = HtmlFixture.parse(l.html());
		List<Element> ps = doc.select("#s1-e1 > p");
		assertEquals("　　已缩进的段落。", ps.get(0).wholeText());
		assertEquals("as-written", ps.get(0).className());
		assertEquals("", ps.get(1).className());
	}
}
