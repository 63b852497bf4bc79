package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.publish.html.HtmlFixture.Loaded;
import org.report.dsl.format.Rule;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.html.HtmlRenderer;

/** The review page: each finding where it belongs, listed at the top, errors told from warnings. */
class ReviewPageTest {

	/** The number of a finding on the page: its entry in the top list. */
	private static Element entry(Document doc, ReviewFinding f) {
		for (Element li : doc.select("ol.review-list > li")) {
			if (li.selectFirst(".message").text().equals(f.message()) && li.selectFirst(".code").text().equals(f.code())) {
				return li;
			}
		}
		throw new AssertionError("not in the top list: " + f);
	}

	@Test
	void aWrongTotalIsMarkedOnItsCellWithItsMessageUnderTheTable() {
		Loaded l = HtmlFixture.source(Sources.WRONG_TOTAL);
		ReviewFinding r3 = l.findings("R3").get(0);
		assertTrue(r3.error());
		Document doc = HtmlDocumentTest.checkDocument(l.review(), l.report().title());

		Element li = entry(doc, r3);
		String n = li.id().substring(1);
		assertEquals("f" + n, li.id());
		assertTrue(li.hasClass("error"));
		// where a reviewer finds it: table, row, column; the source position only as a detail
		assertEquals("表三 一、本年新收政府信息公开申请数量·总计", li.selectFirst(".loc").text());
		assertEquals("源文件 " + r3.line() + ":" + r3.column(), li.selectFirst(".src").text());
		assertEquals(lineOf(Sources.WRONG_TOTAL, "新收 自然人 2 总计 3"), r3.line());
		assertEquals("✖", li.selectFirst(".sign").text());
		Element link = li.selectFirst("a.message");
		assertEquals("#t3-NEW-TOTAL", link.attr("href"), "the top list links to the cell");

		Element cell = doc.getElementById("t3-NEW-TOTAL");
		assertEquals("td", cell.tagName());
		assertTrue(cell.hasClass("finding") && cell.hasClass("error"), cell.className());
		assertEquals("3", cell.ownText(), "the written value is shown");
		Element marker = cell.selectFirst("a.fn-ref");
		assertEquals("m" + n, marker.id());
		assertEquals("#n" + n, marker.attr("href"));
		assertEquals("✖" + n, marker.text());

		Element note = doc.getElementById("n" + n);
		assertEquals("li", note.tagName());
		Element notes = note.parent();
		assertTrue(notes.hasClass("finding-notes"));
		assertEquals(doc.getElementById("t3").parent(), notes.previousElementSibling(), "listed directly under the table");
		assertEquals(r3.message(), note.selectFirst(".message").text());
		assertEquals("#t3-NEW-TOTAL", note.selectFirst("a.back").attr("href"), "the note links back to the cell");
		assertEquals("#f" + n, note.selectFirst("a.to-list").attr("href"));
		assertTrue(note.hasClass("error"));

		assertEquals(l.findings().size(), doc.select("ol.review-list > li").size());
		assertTrue(doc.selectFirst(".review-count").text().contains(l.findings().stream().filter(ReviewFinding::error)
				.count() + " 个错误"));
	}

	@Test
	void aWarningIsToldApartFromAnError() {
		Loaded l = HtmlFixture.source(Sources.ERROR_AND_WARNING);
		ReviewFinding warning = l.findings().stream().filter(f -> !f.error()).findFirst().orElseThrow();
		ReviewFinding error = l.findings("R3").get(0);
		Document doc = HtmlFixture.parse(l.review());

		Element warningEntry = entry(doc, warning);
		Element errorEntry = entry(doc, error);
		assertTrue(warningEntry.hasClass("warning") && !warningEntry.hasClass("error"));
		assertEquals("⚠", warningEntry.selectFirst(".sign").text());
		assertEquals("✖", errorEntry.selectFirst(".sign").text());
		String target = warningEntry.selectFirst("a.message").attr("href").substring(1);
		Element marked = doc.getElementById(target);
		assertTrue(marked.hasClass("finding") && marked.hasClass("warning") && !marked.hasClass("error"),
				marked.outerHtml());
		assertEquals("⚠" + warningEntry.id().substring(1), marked.selectFirst("a.fn-ref").text());
		assertTrue(doc.getElementById("n" + warningEntry.id().substring(1)).hasClass("warning"));
		assertTrue(doc.selectFirst(".review-count").text().contains("1 个警告"));

		Loaded warningOnly = HtmlFixture.source(Sources.WARNING_ONLY);
		Document w = HtmlFixture.parse(warningOnly.review());
		assertTrue(warningOnly.findings().stream().noneMatch(ReviewFinding::error));
		assertFalse(w.select(".finding.warning").isEmpty());
		assertTrue(w.select(".finding.error, .review-item.error").isEmpty());
	}

	private static int lineOf(String source, String text) {
		return source.substring(0, source.indexOf(text)).split("\n", -1).length;
	}

	@Test
	void aSyntaxErrorIsInTheTopListOnly() {
		Loaded l = HtmlFixture.source(Sources.CLEAN.replace("二、主动公开政府信息情况\n{", "二、主动公开政府信息情况\n{ 规章："));
		ReviewFinding syntax = l.findings("SYNTAX").get(0);
		ReviewFinding withoutSource = new ReviewFinding(true, Rule.SYNTAX, "没有位置的语法错误 <x>", 1, 1, null);
		List<ReviewFinding> findings = new ArrayList<>(l.findings());
		findings.add(withoutSource);
		Document doc = HtmlDocumentTest.checkDocument(new HtmlRenderer().renderReview(l.report(), findings),
				l.report().title());
		for (ReviewFinding f : List.of(syntax, withoutSource)) {
			Element li = entry(doc, f);
			assertNull(li.selectFirst("a"), "nowhere to link to");
			assertTrue(li.hasClass("error"));
			assertNull(li.selectFirst(".loc"), "no place");
			assertEquals("源文件 " + f.line() + ":" + f.column(), li.selectFirst(".src").text());
			assertTrue(doc.select("#n" + li.id().substring(1) + ", #m" + li.id().substring(1)).isEmpty());
			assertEquals(1, doc.getElementsContainingOwnText(f.message()).size(), "shown once");
		}
		assertTrue(doc.select(".finding").isEmpty(), "nothing marked in the document");
	}

	@Test
	void theReportHeaderHeadingsNarrativeAndTablesCarryTheirFindings() {
		// S6 on the heading of section 六 (yindu); S1 warning on section 四's heading (pingtan)
		Document yindu = HtmlFixture.parse(HtmlFixture.example("yindu-keji-2025").review());
		assertTrue(yindu.selectFirst("#s6 > h2").hasClass("finding"));
		assertTrue(yindu.selectFirst("#s6 > h2").hasClass("error"));
		assertEquals("#s6", yindu.selectFirst(".review-list a").attr("href"));
		Element aside = yindu.selectFirst("#s6 > h2").nextElementSibling();
		assertEquals("aside", aside.tagName());
		assertTrue(aside.text().contains("第六部分未说明是否收取信息处理费"));
		Document pingtan = HtmlFixture.parse(HtmlFixture.example("pingtan-2022").review());
		assertTrue(pingtan.selectFirst("#s4 > h2").hasClass("warning"));

		// a bad reference: its range in the narrative, the note right after its paragraph; a title that does
		// not fit: the report header
		Loaded l = HtmlFixture.source(Sources.report("年报 测试局 2025 格式 2021\n标题 \"另一个标题\"", "共 {三.不存在.总计} 件。", "",
				"", Sources.FEE));
		Document doc = HtmlDocumentTest.checkDocument(l.review(), "另一个标题");
		ReviewFinding ref = l.findings("REF").get(0);
		Element narrative = doc.getElementById("s1-e1");
		assertFalse(narrative.hasClass("finding"));
		Element paragraph = narrative.selectFirst("p");
		assertEquals("", paragraph.className(), "the range is marked, not the paragraph");
		String refNumber = entry(doc, ref).id().substring(1);
		assertEquals("{三.不存在.总计}", paragraph.selectFirst("mark.finding.error").text());
		assertEquals("共 {三.不存在.总计}✖" + refNumber + " 件。", paragraph.text());
		assertEquals("#m" + refNumber, entry(doc, ref).selectFirst("a").attr("href"));
		assertEquals("#n" + refNumber, paragraph.getElementById("m" + refNumber).attr("href"));
		assertEquals("n" + refNumber, paragraph.nextElementSibling().id(), "the note is beside its paragraph");
		assertTrue(paragraph.nextElementSibling().text().contains(ref.message()));
		ReviewFinding title = l.findings("S3").get(0);
		Element header = doc.getElementById("report-header");
		assertTrue(header.hasClass("finding"));
		assertEquals("#report-header", entry(doc, title).selectFirst("a").attr("href"));
		assertTrue(header.selectFirst("aside").text().contains(title.message()));

		// a row that is no row of table 三: the table
		Loaded unknown = HtmlFixture.source(Sources.withTable3("不是一行 自然人 1"));
		Document u = HtmlFixture.parse(unknown.review());
		ReviewFinding bad = unknown.findings().stream().filter(ReviewFinding::error).findFirst().orElseThrow();
		Element badEntry = entry(u, bad);
		String n = badEntry.id().substring(1);
		assertEquals("#t3", badEntry.selectFirst("a").attr("href"));
		assertTrue(u.getElementById("t3").hasClass("finding"));
		assertEquals("#n" + n, u.getElementById("m" + n).attr("href"));
		assertEquals("#m" + n, u.getElementById("n" + n).selectFirst("a.back").attr("href"));
	}

	@Test
	void aFindingInANarrativeMarksItsRangeWithItsNoteAfterTheParagraph() {
		// the text starts on the line after 「\"\"\"」; the second paragraph is wrapped over two lines
		Loaded l = HtmlFixture.source(Sources.report(Sources.HEADER, "\n第一段。\n\n第二段，共 {三.不存在.总计}\n件。\n第三段。\n", "", "",
				Sources.FEE));
		Document doc = HtmlFixture.parse(l.review());
		Element narrative = doc.getElementById("s1-e1");
		assertEquals(List.of("", "", ""), narrative.select("p").stream().map(Element::className).toList());
		String number = entry(doc, l.findings("REF").get(0)).id().substring(1);
		Element second = narrative.select("p").get(1);
		assertEquals("第二段，共 {三.不存在.总计}✖" + number + "件。", second.text());
		assertEquals("{三.不存在.总计}", second.selectFirst("mark.finding.error").text());
		assertEquals("n" + number, second.nextElementSibling().id());
		assertEquals("第三段。", second.nextElementSibling().nextElementSibling().text());
	}

	@Test
	void aPlantedErrorIsMarkedOnTheCellBothFailuresShare() {
		// 部分公开·自然人 8 → 9 in pingtan: R3 (the row's 总计) and R2 (（七）总计·自然人) fail
		Loaded l = HtmlFixture.source(HtmlFixture.exampleText("pingtan-2022")
				.replace("部分公开 自然人 8 商业企业 1 总计 9", "部分公开 自然人 9 商业企业 1 总计 9"));
		Document doc = HtmlDocumentTest.checkDocument(l.review(), l.report().title());
		ReviewFinding r3 = l.findings("R3").get(0), r2 = l.findings("R2").get(0);
		Element culprit = doc.getElementById("t3-PARTLY_DISCLOSED-NATURAL_PERSON");
		assertEquals("finding error culprit", culprit.className());
		String n3 = entry(doc, r3).id().substring(1), n2 = entry(doc, r2).id().substring(1);
		assertEquals(List.of("m" + n3, "m" + n2), culprit.select("a.fn-ref").eachAttr("id"), "both findings on the culprit");
		for (ReviewFinding f : List.of(r3, r2)) {
			Element li = entry(doc, f);
			assertEquals("表三 （二）部分公开·自然人", li.selectFirst(".loc").text());
			assertEquals("#t3-PARTLY_DISCLOSED-NATURAL_PERSON", li.selectFirst("a.message").attr("href"));
			assertEquals("可能出错的是表三 （二）部分公开·自然人：改为 8 则相关 2 项均成立。"
					+ "相关：表三 （二）部分公开·总计、表三 （七）总计·自然人。",
					doc.getElementById("n" + li.id().substring(1)).selectFirst(".suspect").text());
		}
		// the totals that report the failures are involved, not marked as findings
		assertEquals("involved error", doc.getElementById("t3-PARTLY_DISCLOSED-TOTAL").className());
		assertEquals("involved error", doc.getElementById("t3-RESULT_TOTAL-NATURAL_PERSON").className());
		assertTrue(doc.getElementById("t3-RESULT_TOTAL-NATURAL_PERSON").select("a.fn-ref").isEmpty());
		assertEquals(1, doc.select("td.finding").size(), "the culprit only");
	}

	@Test
	void aMissingSectionIsMarkedWhereItBelongs() {
		String source = HtmlFixture.exampleText("pingtan-2022");
		source = source.substring(0, source.indexOf("五、存在的主要问题")) + source.substring(source.indexOf("六、其他需要报告"));
		Loaded l = HtmlFixture.source(source);
		Document doc = HtmlDocumentTest.checkDocument(l.review(), l.report().title());
		ReviewFinding missing = l.findings("S1").stream().filter(f -> f.message().startsWith("缺少")).findFirst().orElseThrow();
		Element li = entry(doc, missing);
		assertEquals("#s5", li.selectFirst("a.message").attr("href"));
		assertEquals("第五部分（缺）", li.selectFirst(".loc").text());
		Element slot = doc.getElementById("s5");
		assertEquals(List.of("s4", "s5", "s6"), List.of(slot.previousElementSibling().id(), slot.id(),
				slot.nextElementSibling().id()), "between the sections around it");
		assertTrue(slot.hasClass("missing") && slot.hasClass("error"));
		assertEquals("缺少 五、存在的主要问题及改进情况", slot.selectFirst("h2").text());
		assertTrue(slot.selectFirst("aside").text().contains(missing.message()));
		assertFalse(doc.getElementById("report-header").hasClass("finding"), "not at the title");
	}

	@Test
	void aHeadingIsShownAsWrittenWithItsCorrectionAsTheFinding() {
		Document doc = HtmlFixture.parse(HtmlFixture.example("pingtan-2022").review());
		Element h2 = doc.selectFirst("#s4 > h2");
		assertEquals("四、政府信息公开行政法复议、行政诉讼情况", h2.text());
		Element note = h2.nextElementSibling();
		assertTrue(note.text().contains("应为「四、政府信息公开行政复议、行政诉讼情况」"), note.text());
		assertEquals("四、政府信息公开行政复议、行政诉讼情况",
				HtmlFixture.parse(HtmlFixture.example("pingtan-2022").html()).selectFirst("#s4 > h2").text(),
				"the print page shows the official heading");
	}

	@Test
	void eachCodeIsPrintedOnce() {
		Document doc = HtmlFixture.parse(HtmlFixture.example("yindu-keji-2025").review());
		assertEquals(1, doc.select("code.code").size());
		assertEquals("S6", doc.selectFirst("ol.review-list code.code").text());
		assertNull(doc.getElementById("n1").selectFirst("code"), "the note beside the heading does not repeat it");
	}

	@Test
	void aFindingAboutARowIsMarkedOnTheRowAndItsLabel() {
		Loaded l = HtmlFixture.source(Sources.report(Sources.HEADER, "正文。", "规范性文件 本年制发件数 2", "新收 自然人 1\n予以公开 自然人 1",
				Sources.FEE).replace("四、政府信息公开行政复议、行政诉讼情况\n{ }", "四、政府信息公开行政复议、行政诉讼情况\n{ 行政法复议 结果维持 1 }"));
		Document doc = HtmlDocumentTest.checkDocument(l.review(), l.report().title());
		assertEquals(2, l.findings("S2").size(), l.findings().toString());

		Element row = doc.getElementById("t2-NORMATIVE_DOCUMENTS");
		assertEquals("tr", row.tagName());
		assertTrue(row.hasClass("finding") && row.hasClass("warning"));
		Element marker = row.selectFirst("> th[scope=row] > a.fn-ref");
		assertNotNull(marker, "the marker is on the row's label");
		String n = marker.id().substring(1);
		Element note = doc.getElementById("n" + n);
		assertEquals(doc.getElementById("t2").parent(), note.parent().previousElementSibling());
		assertEquals("#t2-NORMATIVE_DOCUMENTS", note.selectFirst("a.back").attr("href"));
		assertEquals("#t2-NORMATIVE_DOCUMENTS", doc.getElementById("f" + n).selectFirst("a").attr("href"));

		Element review = doc.getElementById("t4-REVIEW");
		assertEquals("th", review.tagName(), "table 四's rows are column groups: marked on their header");
		assertEquals("行政复议", review.ownText());
		assertTrue(review.hasClass("finding") && review.hasClass("warning"));
		assertNotNull(review.selectFirst("a.fn-ref"));
		assertEquals("1", doc.getElementById("t4-REVIEW-UPHELD").text());
	}

	@Test
	void aPrintPageShowsNoFinding() {
		Loaded l = HtmlFixture.source(Sources.ERROR_AND_WARNING);
		assertFalse(l.findings().isEmpty());
		Document doc = HtmlFixture.parse(l.html());
		assertTrue(doc.select(".finding, .finding-note, .fn-ref, .review-summary, aside").isEmpty());
		assertTrue(doc.select("[class~=finding]").isEmpty());
		assertFalse(l.html().contains("finding"), "not even in the stylesheet");
		assertEquals("3", doc.getElementById("t3-NEW-TOTAL").text());
	}

	@Test
	void aReviewWithoutFindingsSaysSo() {
		Loaded l = HtmlFixture.example("sanmenxia-keji-2025");
		assertEquals(List.of(), l.findings());
		Document doc = HtmlFixture.parse(l.review());
		assertNotNull(doc.selectFirst(".review-summary"));
		assertEquals("未发现问题。", doc.selectFirst(".review-count").text());
		assertTrue(doc.select(".finding").isEmpty());
	}
}
