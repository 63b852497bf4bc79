package org.report.dsl.publish.html;

import java.util.List;
import java.util.Map;

import org.report.dsl.compare.CarryOverCheck;
import org.report.dsl.compare.CellChange;
import org.report.dsl.compare.ChangeText;
import org.report.dsl.compare.NarrativeChange;
import org.report.dsl.compare.ReportComparison;
import org.report.dsl.compare.SectionChange;
import org.report.dsl.format.CrossYearRelation;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.TableId;

/**
 * The year-over-year comparison as one page (年度对比): summary, carried-over checks, largest
 * changes, every cell side by side (labels from the format model), narrative sentences whose
 * numbers changed, sections added or removed. Same head as every page (no request, no script);
 * readable on a phone (wide tables scroll inside their box).
 */
public final class CompareHtml {

	private static final Template PAGE = PageHead.page("""
			<body class="compare">
			<h1>{{title}}</h1>
			{{content}}</body>
			</html>
			""");

	private CompareHtml() {
	}

	public static String render(ReportComparison c) {
		StringBuilder b = new StringBuilder(65_536);
		String title = c.organ() + " " + c.previousYear() + "—" + c.currentYear() + "年度对比";
		PAGE.render(b, Map.of(
				"csp", p -> p.append(HtmlPage.CSP),
				"title", p -> Html.text(p, title),
				"style", p -> p.append(HtmlCss.COMPARE),
				"content", p -> content(p, c)));
		return b.toString();
	}

	private static void content(StringBuilder b, ReportComparison c) {
		summary(b, c);
		checks(b, c.checks());
		b.append("<h2>变化最大的项</h2>\n");
		if (c.largest().isEmpty()) {
			Html.element(b, "p", null, "各项数据与上年相同。");
		} else {
			cellTable(b, "变化最大的项（不含总计）", c.largest(), true);
		}
		b.append("<h2>逐项对比</h2>\n");
		TableDef table = null;
		int from = 0;
		List<CellChange> cells = c.cells();
		for (int i = 0; i <= cells.size(); i++) {
			TableDef t = i < cells.size() ? cells.get(i).cell().table() : null;
			if (table != null && (t == null || TableId.of(t) != TableId.of(table)
					|| cells.get(i).presence() != cells.get(from).presence()
							&& cells.get(i).presence() == CellChange.Presence.PREVIOUS_ONLY)) {
				List<CellChange> run = cells.subList(from, i);
				String caption = table.title() + (run.get(0).presence() == CellChange.Presence.PREVIOUS_ONLY
						? "（仅上年格式有的项）" : "");
				Html.element(b, "h3", null, caption);
				cellTable(b, caption, run, false);
				from = i;
			}
			table = t;
		}
		narrative(b, c.narrative());
		sections(b, c.sections());
	}

	private static void summary(StringBuilder b, ReportComparison c) {
		b.append("<p>");
		Html.text(b, "上年：" + c.previousOrgan() + " " + c.previousYear() + "年（" + c.previousFormat().document()
				+ "）；本年：" + c.organ() + " " + c.currentYear() + "年（" + c.currentFormat().document() + "）。共 "
				+ c.cells().size() + " 项，" + c.changedCells() + " 项有变化。");
		b.append("</p>\n");
		if (!c.consecutive()) {
			Html.element(b, "p", "warning", "注意：两份报告不是同一机关相邻两年的报告，跨年勾稽检查仅供参考。");
		}
	}

	private static void checks(StringBuilder b, List<CarryOverCheck> checks) {
		b.append("<h2>跨年勾稽检查</h2>\n<div class=\"scroll\"><table>\n<caption>跨年勾稽检查</caption>\n")
				.append("<thead><tr><th scope=\"col\">规则</th><th scope=\"col\">项目</th><th scope=\"col\">本年</th>")
				.append("<th scope=\"col\">本年值</th><th scope=\"col\">上年</th><th scope=\"col\">上年值</th>")
				.append("<th scope=\"col\">结果</th></tr></thead>\n<tbody>\n");
		for (CarryOverCheck k : checks) {
			CrossYearRelation r = k.relation();
			StringBuilder terms = new StringBuilder();
			for (CrossYearRelation.Term t : r.terms()) {
				terms.append(terms.isEmpty() ? (t.sign() < 0 ? "−" : "") : t.sign() < 0 ? " − " : " + ").append(t.name());
			}
			b.append("<tr>");
			cell(b, null, r.rule().id());
			cell(b, null, r.subject());
			cell(b, null, terms.toString());
			cell(b, "n", k.current().toPlainString());
			cell(b, null, r.previousName());
			cell(b, "n", k.previous().toPlainString());
			cell(b, k.holds() ? "pass" : "fail", k.holds() ? "相符" : "不符");
			b.append("</tr>\n");
		}
		b.append("</tbody></table></div>\n");
	}

	private static void cellTable(StringBuilder b, String caption, List<CellChange> cells, boolean withTable) {
		b.append("<div class=\"scroll\"><table>\n<caption>");
		Html.text(b, caption).append("</caption>\n<thead><tr>");
		if (withTable) {
			b.append("<th scope=\"col\">表</th>");
		}
		b.append("<th scope=\"col\">项目</th><th scope=\"col\">栏目</th><th scope=\"col\">上年</th>")
				.append("<th scope=\"col\">本年</th><th scope=\"col\">增减</th><th scope=\"col\">增减率</th>")
				.append("</tr></thead>\n<tbody>\n");
		for (CellChange c : cells) {
			b.append(c.changed() ? "<tr class=\"changed\">" : "<tr>");
			if (withTable) {
				cell(b, null, c.cell().table().id());
			}
			b.append("<th scope=\"row\">");
			Html.text(b, c.cell().row().label()).append("</th>");
			cell(b, null, c.cell().column().label());
			cell(b, "n", ChangeText.previous(c));
			cell(b, "n", ChangeText.current(c));
			String direction = c.delta() == null || c.delta().signum() == 0 ? "n" : c.delta().signum() > 0 ? "n up" : "n down";
			cell(b, direction, ChangeText.delta(c));
			String note = ChangeText.note(c);
			cell(b, direction, note.isEmpty() ? ChangeText.percent(c) : note);
			b.append("</tr>\n");
		}
		b.append("</tbody></table></div>\n");
	}

	/** A {@code <td>} on the row's line. */
	private static void cell(StringBuilder b, String cls, String text) {
		b.append("<td");
		if (cls != null) {
			Html.attr(b, "class", cls);
		}
		Html.text(b.append('>'), text).append("</td>");
	}

	private static void narrative(StringBuilder b, List<NarrativeChange> changes) {
		b.append("<h2>数字有变化的叙述</h2>\n");
		if (changes.isEmpty()) {
			Html.element(b, "p", null, "无。");
			return;
		}
		b.append("<ul>\n");
		for (NarrativeChange n : changes) {
			b.append("<li><span class=\"was\">上年：");
			Html.text(b, n.previous()).append("</span><br>本年：");
			Html.text(b, n.current()).append("</li>\n");
		}
		b.append("</ul>\n");
	}

	private static void sections(StringBuilder b, List<SectionChange> changes) {
		b.append("<h2>增加或删去的部分</h2>\n");
		if (changes.isEmpty()) {
			Html.element(b, "p", null, "无。");
			return;
		}
		b.append("<ul>\n");
		for (SectionChange s : changes) {
			b.append("<li>");
			Html.text(b, (s.added() ? "本年新增：" : "本年删去：") + s.heading()).append("</li>\n");
		}
		b.append("</ul>\n");
	}
}
