package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.tests.publish.html.HtmlFixture.Loaded;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedTable;

/** Tables 二, 三 and 四 laid out like the official template, every value in its cell. */
class HtmlTablesTest {

	static List<String> examples() {
		return HtmlFixture.EXAMPLES;
	}

	private static Document page(String name) {
		return HtmlFixture.parse(HtmlFixture.example(name).html());
	}

	@Test
	void table3HasTheOfficialRowsCellsAndHeaderSpans() {
		Element t3 = page("sanmenxia-keji-2025").getElementById("t3");
		assertEquals("表三 收到和处理政府信息公开申请情况", t3.selectFirst("> caption").text());
		assertEquals(28, t3.select("tr").size());
		assertEquals(3, t3.select("> thead > tr").size());
		assertEquals(25, t3.select("> tbody > tr").size());
		// each group of rows is a <tbody> of its own, so that its scope="rowgroup" label covers its rows only
		assertEquals(8, t3.select("> tbody").size(), "一二 | （一）（二） | （三） | （四） | （五） | （六） | （七） | 四");
		assertEquals(220, t3.select("th, td").size());
		assertEquals(175, t3.select("> tbody td").size());
		assertEquals(35, t3.select("> tbody th").size());
		assertEquals(10, t3.select("> thead").select("th, td").size());

		List<Element> head = t3.select("> thead > tr");
		Element corner = head.get(0).child(0);
		assertEquals(ReportFormats.TABLE3_CORNER, corner.text());
		assertSpans(corner, 3, 3);
		Element applicants = head.get(0).child(1);
		assertEquals("申请人情况", applicants.text());
		assertSpans(applicants, 7, 1);
		assertEquals("colgroup", applicants.attr("scope"));
		assertEquals(List.of("自然人", "法人或其他组织", "总计"), head.get(1).children().eachText());
		assertSpans(head.get(1).child(0), 1, 2);
		assertSpans(head.get(1).child(1), 5, 1);
		assertEquals("colgroup", head.get(1).child(1).attr("scope"));
		assertSpans(head.get(1).child(2), 1, 2);
		assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), head.get(2).children().eachText());
		head.get(2).children().forEach(th -> assertEquals("col", th.attr("scope")));

		assertRowLabel(t3, "t3-NEW", "一、本年新收政府信息公开申请数量", 3);
		assertRowLabel(t3, "t3-CARRIED_OVER", "二、上年结转政府信息公开申请数量", 3);
		assertRowLabel(t3, "t3-DISCLOSED", "（一）予以公开", 2);
		assertRowLabel(t3, "t3-PARTLY_DISCLOSED", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2);
		assertRowLabel(t3, "t3-STATE_SECRET", "1.属于国家秘密", 1);
		assertRowLabel(t3, "t3-RESULT_TOTAL", "（七）总计", 2);
		assertRowLabel(t3, "t3-CARRIED_FORWARD", "四、结转下年度继续办理", 3);
		Element block = t3.selectFirst("th.block");
		assertEquals("三、本年度办理结果", block.text());
		assertEquals("rowgroup", block.attr("scope"));
		assertTrue(block.hasClass("split"));
		assertSpans(block, 1, 2);
		assertEquals(t3.getElementById("t3-DISCLOSED"), block.parent());
		// the block label is restated at the start of each following <tbody> it spans (shown once on screen)
		Elements restated = t3.select("th.block.cont");
		assertEquals(List.of("三、本年度办理结果", "三、本年度办理结果", "三、本年度办理结果", "三、本年度办理结果", "三、本年度办理结果"),
				restated.eachText());
		assertEquals(List.of("8", "3", "5", "3", ""), restated.stream().map(th -> th.attr("rowspan")).toList());
		restated.forEach(th -> assertEquals("rowgroup", th.attr("scope")));
		restated.forEach(th -> assertEquals(th, th.parent().parent().child(0).child(0), "first cell of its <tbody>"));
		Elements groups = t3.select("th.group");
		assertEquals(List.of("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"), groups.eachText());
		assertEquals(List.of("8", "3", "5", "3"), groups.eachAttr("rowspan"));
		groups.forEach(g -> assertEquals("rowgroup", g.attr("scope")));
		for (Element g : groups) {
			Element tbody = g.parent().parent();
			assertEquals("tbody", tbody.tagName());
			assertEquals(g.attr("rowspan"), String.valueOf(tbody.childrenSize()), "a group's <tbody> holds its rows only");
			assertEquals(1, tbody.select("th.group").size());
		}

		TableGrid grid = TableGrid.of(t3);
		assertEquals(10, grid.width());
		assertEquals(28, grid.height());
		assertEquals("（七）总计", grid.at(26, 1).text());
		assertEquals("三、本年度办理结果", grid.at(26, 0).text(), "the block cell reaches （七）总计");
		assertEquals("四、结转下年度继续办理", grid.at(27, 0).text());
	}

	@Test
	void table3Of2019HasOneRowForOtherProcessing() {
		Loaded l = HtmlFixture.source(Sources.report("年报 测试局 2020 格式 2019", "正文。", "", "新收 自然人 1\n其他处理 自然人 1",
				Sources.FEE));
		Element t3 = HtmlFixture.parse(l.html()).getElementById("t3");
		assertEquals(23, t3.select("> tbody > tr").size());
		// + 4: the block label restated at the start of the <tbody>s of （三）（四）（五） and （六）（七）
		assertEquals(10 + 23 + 1 + 3 + 23 * 7 + 4, t3.select("th, td").size());
		assertSpans(t3.selectFirst("th.block"), 1, 2);
		assertEquals(4, t3.select("th.block.cont").size());
		assertRowLabel(t3, "t3-OTHER_PROCESSING", "（六）其他处理", 2);
		assertEquals("1", t3.getElementById("t3-OTHER_PROCESSING-NATURAL_PERSON").text());
		assertEquals(10, TableGrid.of(t3).width());
		Element t2 = HtmlFixture.parse(l.html()).getElementById("t2");
		assertEquals(5, t2.select("> tbody").size());
		assertEquals(4, TableGrid.of(t2).width());
		assertEquals("2", t2.getElementById("t2-FEES-CHANGE").attr("colspan"));
	}

	@Test
	void table2IsFourStackedBlocks() {
		Element t2 = page("huaian-shizhengfu-2024").getElementById("t2");
		assertEquals("表二 主动公开政府信息情况", t2.selectFirst("> caption").text());
		List<Element> blocks = t2.select("> tbody");
		assertEquals(4, blocks.size());
		assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
				t2.select("th.block").eachText());
		t2.select("th.block").forEach(th -> assertSpans(th, 4, 1));
		assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), blocks.get(0).child(1).children().eachText());
		assertEquals(List.of("信息内容", "本年收费金额（单位：万元）"), blocks.get(3).child(1).children().eachText());
		assertSpans(blocks.get(3).child(1).child(1), 3, 1);
		assertEquals(14, t2.select("tr").size());
		assertEquals(30, t2.select("th, td").size());
		assertEquals(4, TableGrid.of(t2).width());
		assertEquals("96171.6", t2.getElementById("t2-FEES-FEE").text());
		assertSpans(t2.getElementById("t2-FEES-FEE"), 3, 1);
	}

	@Test
	void table4HasTheTwoLevelHeader() {
		Element t4 = page("huaian-shizhengfu-2024").getElementById("t4");
		assertEquals("表四 政府信息公开行政复议、行政诉讼情况", t4.selectFirst("> caption").text());
		List<Element> head = t4.select("> thead > tr");
		assertEquals(3, head.size());
		// a corner over the row header column the line of values gets
		assertEquals(List.of("", "行政复议", "行政诉讼"), head.get(0).children().stream().map(Element::text).toList());
		assertEquals("td", head.get(0).child(0).tagName());
		assertSpans(head.get(0).child(0), 1, 3);
		head.get(0).child(0).remove();
		assertSpans(head.get(0).child(0), 5, 1);
		assertSpans(head.get(0).child(1), 10, 1);
		assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
				head.get(1).children().eachText());
		for (int i = 0; i < 5; i++) {
			assertSpans(head.get(1).child(i), 1, 2);
		}
		assertSpans(head.get(1).child(5), 5, 1);
		assertSpans(head.get(1).child(6), 5, 1);
		assertEquals(10, head.get(2).childrenSize());
		assertEquals(1, t4.select("> tbody > tr").size());
		assertEquals(15, t4.select("> tbody td").size());
		Element line = t4.selectFirst("> tbody > tr > th");
		assertEquals("件数", line.text(), "the line of values has a row header");
		assertEquals("row", line.attr("scope"));
		assertEquals(line, line.parent().child(0));
		assertEquals(4, t4.select("tr").size());
		assertEquals(19 + 15 + 1, t4.select("th, td").size(), "headers (the corner removed above), values, the row header");
		TableGrid grid = TableGrid.of(page("huaian-shizhengfu-2024").getElementById("t4"));
		assertEquals(16, grid.width());
		assertEquals("件数", grid.at(3, 0).text());
		assertEquals("未经复议直接起诉", grid.at(1, 8).text());
		assertEquals("尚未审结", grid.at(2, 14).text());
		assertEquals("6", grid.at(3, 14).text());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyValueIsInItsCellUnderItsLabels(String name) {
		Loaded l = HtmlFixture.example(name);
		Document doc = HtmlFixture.parse(l.html());
		int cells = 0;
		for (String id : List.of("二", "三", "四")) {
			PublishedTable table = l.report().table(id).orElseThrow();
			Element html = doc.getElementById(tableId(id));
			TableGrid grid = TableGrid.of(html);
			for (PublishedRow row : table.rows()) {
				for (PublishedCell cell : row.cells()) {
					String cellId = tableId(id) + "-" + row.row().id() + "-" + cell.cell().column().id();
					Element td = doc.getElementById(cellId);
					assertNotNull(td, cellId);
					assertEquals("td", td.tagName());
					assertEquals(cell.text(), td.text(), cellId);
					assertEquals(cell.computed(), td.hasClass("computed"), cellId);
					assertFalse(td.hasAttr("title"), cellId + ": the public page carries no editor hints");
					int[] at = grid.position(td);
					assertEquals(cell.cell().column().label(), columnLabel(id, grid, html, at), cellId);
					assertEquals(row.row().label(), rowLabel(id, grid, at), cellId);
					cells++;
				}
			}
			assertEquals(table.def().cellCount(), html.select("td[id]").size());
		}
		assertEquals(10 + 175 + 15, cells);
	}

	/** The label over a cell: the last header row of its block (二) or of the table (三, 四). */
	private static String columnLabel(String table, TableGrid grid, Element html, int[] at) {
		if (table.equals("二")) {
			Element row = grid.at(at[0], 0).parent();
			Element columnHead = row.parent().selectFirst("> tr.col-head");
			return grid.at(grid.position(columnHead.child(0))[0], at[1]).text();
		}
		return grid.at(html.select("> thead > tr").size() - 1, at[1]).text();
	}

	/** The label left of a cell (二, 三), or the group header over it (四). */
	private static String rowLabel(String table, TableGrid grid, int[] at) {
		return switch (table) {
		case "二" -> grid.at(at[0], 0).text();
		case "三" -> grid.at(at[0], 2).text();
		default -> grid.at(1, at[1]).hasAttr("rowspan") ? grid.at(0, at[1]).text() : grid.at(1, at[1]).text();
		};
	}

	@Test
	void valuesOfThePublishedReportsAreWhereTheOfficialTableHasThem() {
		Document huaian = page("huaian-shizhengfu-2024");
		assertCell(huaian, "t3-NEW-NATURAL_PERSON", "3001");
		assertCell(huaian, "t3-NEW-LEGAL_SERVICE", "61");
		assertCell(huaian, "t3-NEW-TOTAL", "3119");
		assertCell(huaian, "t3-CARRIED_OVER-TOTAL", "34");
		assertCell(huaian, "t3-NOT_HELD-COMMERCIAL", "12");
		assertCell(huaian, "t3-OTHER_PROCESSING-TOTAL", "110");
		assertCell(huaian, "t3-RESULT_TOTAL-NATURAL_PERSON", "2932");
		assertCell(huaian, "t3-RESULT_TOTAL-TOTAL", "3050");
		assertCell(huaian, "t3-CARRIED_FORWARD-TOTAL", "103");
		assertCell(huaian, "t2-RULES-IN_FORCE", "11");
		assertCell(huaian, "t2-LICENSING-DECISIONS", "447228");
		assertCell(huaian, "t2-PENALTY-DECISIONS", "3985758");
		assertCell(huaian, "t4-REVIEW-OTHER_RESULT", "178");
		assertCell(huaian, "t4-REVIEW-TOTAL", "351");
		assertCell(huaian, "t4-SUIT_DIRECT-TOTAL", "26");
		assertCell(huaian, "t4-SUIT_AFTER_REVIEW-PENDING", "6");
		Document sanmenxia = page("sanmenxia-keji-2025");
		assertCell(sanmenxia, "t2-NORMATIVE_DOCUMENTS-IN_FORCE", "7");
		assertCell(sanmenxia, "t3-DISCLOSED-NATURAL_PERSON", "1");
		assertTrue(sanmenxia.getElementById("t3-CARRIED_FORWARD-TOTAL").hasClass("computed"));
		assertFalse(sanmenxia.getElementById("t3-NEW-TOTAL").hasClass("computed"));
		assertTrue(sanmenxia.getElementById("s1").text().contains("2025 年度共收到 1 条依申请公开相关申请"),
				"references are replaced by values");
	}

	private static void assertCell(Document doc, String id, String value) {
		assertEquals(value, doc.getElementById(id).text(), id);
	}

	private static void assertRowLabel(Element table, String rowId, String label, int colspan) {
		Element tr = table.getElementById(rowId);
		assertNotNull(tr, rowId);
		Element th = tr.selectFirst("> th[scope=row]");
		assertEquals(label, th.text());
		assertSpans(th, colspan, 1);
	}

	static void assertSpans(Element cell, int colspan, int rowspan) {
		assertEquals(colspan == 1 ? "" : String.valueOf(colspan), cell.attr("colspan"), () -> "colspan " + cell);
		assertEquals(rowspan == 1 ? "" : String.valueOf(rowspan), cell.attr("rowspan"), () -> "rowspan " + cell);
	}

	private static String tableId(String id) {
		return switch (id) {
		case "二" -> "t2";
		case "三" -> "t3";
		default -> "t4";
		};
	}
}
