package org.report.dsl.publish.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.report.dsl.aggregate.Aggregation;
import org.report.dsl.aggregate.KeyFigures;
import org.report.dsl.aggregate.Ranking;
import org.report.dsl.aggregate.ReportSummary;
import org.report.dsl.aggregate.SummaryText;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Table3;
import org.report.dsl.format.TableDef;

/**
 * The dashboard of a summary over many reports (汇总看板): charts drawn here as inline SVG (no request,
 * no script), each followed by the same numbers as a table for screen readers; the per-organ key
 * figures with ranks; every source's status. Labels come from the format model; readable on a phone
 * (charts scale to the width, wide tables scroll inside their box).
 */
public final class AggregateHtml {

	private static final ReportFormat FORMAT = ReportFormat.of(FormatVersion.V2021);

	private static final Template PAGE = PageHead.page("""
			<body class="dashboard">
			<h1>{{title}}</h1>
			{{content}}</body>
			</html>
			""");

	/** A bar of a chart: its label and value. */
	private record Bar(String label, BigDecimal value) {
	}

	private AggregateHtml() {
	}

	public static String render(Aggregation a, String title) {
		StringBuilder b = new StringBuilder(65_536);
		PAGE.render(b, Map.of(
				"csp", p -> p.append(HtmlPage.CSP),
				"title", p -> Html.text(p, title),
				"style", p -> p.append(HtmlCss.DASHBOARD),
				"content", p -> content(p, a)));
		return b.toString();
	}

	private static void content(StringBuilder b, Aggregation a) {
		Html.element(b, "p", null, SummaryText.write(a).lines().findFirst().orElse(""));
		problems(b, a);
		TableDef t3 = Table3.TABLE.in(FORMAT);
		RowDef received = Table3.NEW.in(FORMAT);
		List<Bar> applicants = new ArrayList<>();
		for (ColumnDef c : received.columns()) {
			if (!c.total()) {
				applicants.add(new Bar(c.label(), a.total(new CellRef(t3, received, c))));
			}
		}
		chart(b, "applicants", "按申请人类型的本年新收申请", "申请人", applicants);
		List<RowDef> rows = t3.rows();
		int from = rows.indexOf(Table3.CARRIED_OVER.in(FORMAT)) + 1, to = rows.indexOf(Table3.RESULT_TOTAL.in(FORMAT));
		List<Bar> results = new ArrayList<>();
		for (RowDef r : rows.subList(from, to)) {
			results.add(new Bar(r.ref() + " " + r.shortName(), a.total(new CellRef(t3, r, Table3.TOTAL.of(r)))));
		}
		chart(b, "results", "办理结果分布", "办理结果", results);
		trend(b, a.trend());
		heatMap(b, a.findings(), mostFindings(a.findings(), 40));
		organs(b, a);
		sources(b, a.sources());
	}

	private static void problems(StringBuilder b, Aggregation a) {
		for (String line : SummaryText.write(a).lines().skip(1).takeWhile(l -> !l.isEmpty()).toList()) {
			Html.element(b, "p", "problem", line);
		}
	}

	/** A horizontal bar chart, then its table. */
	private static void chart(StringBuilder b, String id, String title, String labelHeading, List<Bar> bars) {
		Html.element(b, "h2", null, title);
		BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ONE, BigDecimal::max);
		int rowHeight = 24, labelWidth = 230, barWidth = 300, height = bars.size() * rowHeight + 8;
		b.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
		Html.attr(b, "aria-labelledby", id + "-caption");
		b.append(" viewBox=\"0 0 ").append(labelWidth + barWidth + 80).append(' ').append(height).append("\">\n");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 4 + i * rowHeight;
			long w = bar.value().multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, java.math.RoundingMode.HALF_UP)
					.longValue();
			b.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">");
			Html.text(b, shorten(bar.label())).append("</text>");
			b.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
					.append(w).append("\" height=\"").append(rowHeight - 6).append("\"/>");
			b.append("<text x=\"").append(labelWidth + w + 4).append("\" y=\"").append(y + 16).append("\">")
					.append(bar.value().toPlainString()).append("</text>\n");
		}
		b.append("</svg>\n</figure>\n<table class=\"sr-only\">\n<caption");
		Html.attr(b, "id", id + "-caption");
		b.append('>');
		Html.text(b, title).append("</caption>\n<thead><tr><th scope=\"col\">");
		Html.text(b, labelHeading).append("</th><th scope=\"col\">数量</th></tr></thead>\n<tbody>\n");
		for (Bar bar : bars) {
			b.append("<tr><th scope=\"row\">");
			Html.text(b, bar.label()).append("</th><td class=\"n\">").append(bar.value().toPlainString())
					.append("</td></tr>\n");
		}
		b.append("</tbody></table>\n");
	}

	private static String shorten(String label) {
		return label.length() > 16 ? label.substring(0, 15) + "…" : label;
	}

	/** Year-over-year new applications per organ, when an organ has several years. */
	private static void trend(StringBuilder b, SortedMap<String, SortedMap<Integer, KeyFigures>> trend) {
		List<Bar> bars = new ArrayList<>();
		trend.forEach((organ, years) -> {
			if (years.size() > 1) {
				years.forEach((year, f) -> bars.add(new Bar(organ + " " + year, f.newApplications())));
			}
		});
		if (!bars.isEmpty()) {
			chart(b, "trend", "各机关逐年本年新收申请", "机关与年度", bars);
		}
	}

	/** Findings per rule and organ as a grid of shaded cells, then the table. */
	private static void heatMap(StringBuilder b, SortedMap<String, SortedMap<String, Integer>> findings,
			List<String> organs) {
		Html.element(b, "h2", null, "问题分布（规则 × 机关，问题最多的 40 个机关）");
		if (findings.isEmpty() || organs.isEmpty()) {
			Html.element(b, "p", null, "没有发现问题。");
			return;
		}
		int max = findings.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max()
				.orElse(1);
		int cell = 28, left = 60, top = 12;
		List<String> shown = organs;
		int width = left + shown.size() * cell + 8;
		b.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"heat-caption\"")
				.append(" style=\"max-width:").append(width).append("px\"")
				.append(" viewBox=\"0 0 ").append(width).append(' ')
				.append(top + findings.size() * cell + 8).append("\">\n");
		int r = 0;
		for (Map.Entry<String, SortedMap<String, Integer>> rule : findings.entrySet()) {
			int y = top + r++ * cell;
			b.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\">");
			Html.text(b, rule.getKey()).append("</text>");
			for (int c = 0; c < shown.size(); c++) {
				int n = rule.getValue().getOrDefault(shown.get(c), 0);
				int light = 96 - (n == 0 ? 0 : 20 + 50 * n / max);
				b.append("<rect x=\"").append(left + c * cell).append("\" y=\"").append(y).append("\" width=\"")
						.append(cell - 2).append("\" height=\"").append(cell - 2).append("\" fill=\"hsl(10,70%,")
						.append(light).append("%)\"><title>");
				Html.text(b, shown.get(c) + " " + rule.getKey() + "：" + n).append("</title></rect>");
			}
			b.append('\n');
		}
		b.append("</svg>\n</figure>\n<div class=\"scroll\"><table>\n<caption id=\"heat-caption\">问题分布（规则 × 机关，条数）</caption>\n")
				.append("<thead><tr><th scope=\"col\">机关</th>");
		for (String rule : findings.keySet()) {
			b.append("<th scope=\"col\">");
			Html.text(b, rule).append("</th>");
		}
		b.append("</tr></thead>\n<tbody>\n");
		for (String organ : organs) {
			b.append("<tr><th scope=\"row\">");
			Html.text(b, organ).append("</th>");
			for (SortedMap<String, Integer> byOrgan : findings.values()) {
				b.append("<td class=\"n\">").append(byOrgan.getOrDefault(organ, 0)).append("</td>");
			}
			b.append("</tr>\n");
		}
		b.append("</tbody></table></div>\n");
	}

	/** The organs with the most findings (at most {@code limit}), most first, then by name. */
	private static List<String> mostFindings(SortedMap<String, SortedMap<String, Integer>> findings, int limit) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		findings.values().forEach(m -> m.forEach((organ, n) -> counts.merge(organ, n, Integer::sum)));
		return counts.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(limit).map(Map.Entry::getKey).toList();
	}

	private static void organs(StringBuilder b, Aggregation a) {
		Html.element(b, "h2", null, "主要指标（按机关）");
		Map<String, Integer> ranks = Ranking.of(a.organs(), KeyFigures::newApplications);
		b.append("<div class=\"scroll\"><table>\n<caption class=\"sr-only\">主要指标（按机关）</caption>\n<thead><tr><th scope=\"col\">机关</th>");
		for (String h : SummaryText.FIGURE_HEADINGS) {
			b.append("<th scope=\"col\">");
			Html.text(b, h).append("</th>");
		}
		b.append("</tr></thead>\n<tbody>\n");
		a.organs().forEach((organ, f) -> row(b, organ, SummaryText.figures(f, ranks.get(organ))));
		row(b, "合计", SummaryText.figures(a.all(), null));
		b.append("</tbody></table></div>\n");
	}

	private static void row(StringBuilder b, String name, List<String> cells) {
		b.append("<tr><th scope=\"row\">");
		Html.text(b, name).append("</th>");
		for (String c : cells) {
			b.append("<td class=\"n\">");
			Html.text(b, c).append("</td>");
		}
		b.append("</tr>\n");
	}

	private static void sources(StringBuilder b, List<ReportSummary> sources) {
		Html.element(b, "h2", null, "来源报告");
		b.append("<div class=\"scroll\"><table>\n<caption class=\"sr-only\">来源报告</caption>\n<thead><tr>")
				.append("<th scope=\"col\">文件</th><th scope=\"col\">状态</th><th scope=\"col\">机关</th>")
				.append("<th scope=\"col\">年度</th><th scope=\"col\">说明</th></tr></thead>\n<tbody>\n");
		int shown = 0;
		for (ReportSummary s : sources) {
			if (shown++ == 2000) {
				b.append("<tr><td colspan=\"5\">其余 ").append(sources.size() - 2000).append(" 份见 summary.txt</td></tr>\n");
				break;
			}
			b.append("<tr><td>");
			Html.text(b, s.source()).append("</td><td");
			Html.attr(b, "class", "status-" + s.status().name());
			b.append('>');
			Html.text(b, s.status().label()).append("</td><td>");
			Html.text(b, s.organ()).append("</td><td class=\"n\">").append(s.year() == 0 ? "" : s.year())
					.append("</td><td>");
			Html.text(b, s.problem() == null ? "" : s.problem()).append("</td></tr>\n");
		}
		b.append("</tbody></table></div>\n");
	}
}
