package org.report.dsl.publish.html;

import static org.report.dsl.publish.html.Template.raw;
import static org.report.dsl.publish.html.Template.text;

import java.util.List;
import java.util.Map;

import org.report.dsl.calc.Culprits;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.html.ReviewMarks.Kind;
import org.report.dsl.publish.html.ReviewMarks.Mark;

/**
 * How findings look on a review page: the list at the top, the numbered markers in table cells with
 * their notes under the table, and the notes beside narrative, headings and the report header. Each
 * finding is {@code f<n>} in the top list, {@code m<n>} as a marker and {@code n<n>} as a note, and
 * the three link to each other; errors carry ✖ and a solid outline, warnings ⚠ and a dashed one, so
 * they differ without colour too. The markup is in the templates below; Java fills their slots.
 */
final class ReviewHtml {

	static final String ERROR_SIGN = "✖";
	static final String WARNING_SIGN = "⚠";

	private static final Template SUMMARY = Template.of("""
			<section class="review-summary" aria-labelledby="review-title">
			<h2 id="review-title">审查意见</h2>
			<p class="review-count">{{count}}</p>
			<p class="review-legend">表中<span class="computed-sample">浅蓝底</span>的数字为自动计算。</p>
			{{list}}</section>
			""");

	private static final Template COUNT = Template.of("共 {{all}} 项：<span class=\"count-error\">{{errorSign}} {{errors}} 个错误"
			+ "</span>，<span class=\"count-warning\">{{warningSign}} {{warnings}} 个警告</span>。");

	private static final Template LIST = Template.of("""
			<ol class="review-list">
			{{items}}</ol>
			""");

	private static final Template ITEM = Template.of("""
			<li id="f{{n}}" class="review-item {{severity}}" value="{{n}}">{{sign}} <code class="code">{{code}}</code> \
			{{where}}{{message}} <small class="src">源文件 {{line}}:{{column}}</small></li>
			""");

	private static final Template UNPLACED = Template.of(
			"<span class=\"message\">{{message}}</span> <span class=\"where\">（无对应位置）</span>");

	private static final Template PLACED = Template.of("<a class=\"message\" href=\"#{{target}}\">{{message}}</a>");

	private static final Template MARKER = Template.of(
			"<a class=\"fn-ref {{severity}}\" id=\"m{{n}}\" href=\"#n{{n}}\" title=\"{{message}}\">{{sign}}<sup>{{n}}</sup></a>");

	private static final Template TABLE_NOTES = Template.of("""
			<ol class="finding-notes" aria-label="表中问题">
			{{notes}}</ol>
			""");

	private static final Template TABLE_NOTE = Template.of("""
			<li id="n{{n}}" class="finding-note {{severity}}" value="{{n}}"><a class="back" href="#{{target}}">\
			{{sign}}<sup>{{n}}</sup></a> {{body}}</li>
			""");

	private static final Template ASIDE = Template.of("""
			<aside id="n{{n}}" class="finding-note {{severity}}">{{sign}}<sup>{{n}}</sup> {{body}}</aside>
			""");

	/** A note: the code is in the top list only (each code printed once); the source position is a detail. */
	private static final Template BODY = Template.of("<span class=\"severity\">{{severity}}</span> "
			+ "<span class=\"message\">{{message}}</span>{{suspect}} <small class=\"src\">源文件 {{line}}:{{column}}</small> "
			+ "<a class=\"to-list\" href=\"#f{{n}}\">↑ 审查意见</a>");

	private static final Template WHERE = Template.of("<span class=\"loc\">{{label}}</span> ");

	private static final Template SUSPECT = Template.of("<span class=\"suspect\">{{text}}</span>");

	private static final Template SIGN = Template.of(
			"<span class=\"sign\" role=\"img\" aria-label=\"{{label}}\">{{sign}}</span>");

	private ReviewHtml() {
	}

	/** The list of all findings, first thing on the page. */
	static void summary(StringBuilder b, ReviewMarks marks) {
		List<Mark> all = marks.all();
		SUMMARY.render(b, Map.of(
				"count", all.isEmpty() ? raw("未发现问题。") : p -> COUNT.render(p, Map.of(
						"all", raw(all.size()),
						"errorSign", raw(ERROR_SIGN),
						"errors", raw(marks.errors()),
						"warningSign", raw(WARNING_SIGN),
						"warnings", raw(marks.warnings()))),
				"list", p -> {
					if (!all.isEmpty()) {
						LIST.render(p, Map.of("items", q -> all.forEach(m -> item(q, m))));
					}
				}));
	}

	private static void item(StringBuilder b, Mark m) {
		ReviewFinding f = m.finding();
		ITEM.render(b, Map.of(
				"n", raw(m.number()),
				"severity", raw(severity(f)),
				"sign", p -> sign(p, f),
				"code", text(f.code()),
				"where", p -> {
					if (m.place() != null) {
						WHERE.render(p, Map.of("label", text(m.place().label())));
					}
				},
				"line", raw(f.line()),
				"column", raw(f.column()),
				"message", m.place() == null ? p -> UNPLACED.render(p, Map.of("message", text(f.message())))
						: p -> PLACED.render(p, Map.of(
								"target", text(m.textLine() >= 0 ? "m" + m.number() : m.place().id()),
								"message", text(f.message())))));
	}

	/** The numbered markers of the findings on a cell, row or table, linking to their notes. */
	static void markers(StringBuilder b, ReviewMarks marks, String id) {
		markers(b, marks.at(id));
	}

	/** The numbered markers of these findings, linking to their notes. */
	static void markers(StringBuilder b, List<Mark> findings) {
		for (Mark m : findings) {
			MARKER.render(b, Map.of(
					"severity", raw(severity(m.finding())),
					"n", raw(m.number()),
					"message", text(m.finding().message()),
					"sign", p -> sign(p, m.finding())));
		}
	}

	/** The messages of a table's cells, rows and the table itself, directly under it. */
	static void tableNotes(StringBuilder b, ReviewMarks marks, String tableId) {
		List<Mark> notes = marks.underTable(tableId);
		if (notes.isEmpty()) {
			return;
		}
		TABLE_NOTES.render(b, Map.of("notes", p -> {
			for (Mark m : notes) {
				TABLE_NOTE.render(p, Map.of(
						"n", raw(m.number()),
						"severity", raw(severity(m.finding())),
						"target", text(m.place().kind() == Kind.TABLE ? "m" + m.number() : m.place().id()),
						"sign", q -> sign(q, m.finding()),
						"body", q -> body(q, m)));
			}
		}));
	}

	/** The messages beside a narrative, heading or the report header. */
	static void asides(StringBuilder b, ReviewMarks marks, String id) {
		asides(b, marks.at(id));
	}

	/** The messages of these findings, each in a note. */
	static void asides(StringBuilder b, List<Mark> findings) {
		for (Mark m : findings) {
			ASIDE.render(b, Map.of(
					"n", raw(m.number()),
					"severity", raw(severity(m.finding())),
					"sign", p -> sign(p, m.finding()),
					"body", p -> body(p, m)));
		}
	}

	private static void body(StringBuilder b, Mark m) {
		ReviewFinding f = m.finding();
		BODY.render(b, Map.of(
				"severity", raw(f.error() ? "错误" : "警告"),
				"suspect", p -> {
					String why = suspect(f);
					if (why != null) {
						p.append(' ');
						SUSPECT.render(p, Map.of("text", text(why)));
					}
				},
				"line", raw(f.line()),
				"column", raw(f.column()),
				"message", text(f.message()),
				"n", raw(m.number())));
	}

	/**
	 * For a failing relation: which cell is likely wrong and what would make it hold, and the other cells
	 * involved; null for any other finding.
	 */
	static String suspect(ReviewFinding f) {
		Culprits.Suspect s = f.suspect();
		if (s == null) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		if (s.culprit() != null) {
			b.append("可能出错的是").append(ReviewMarks.label(s.culprit()));
			if (s.value() != null) {
				b.append("：改为 ").append(s.value()).append(s.failures().size() > 1 ? " 则相关 " + s.failures().size() + " 项均成立" : " 则此项成立");
			}
			b.append('。');
		}
		if (!s.involved().isEmpty()) {
			b.append(s.culprit() == null ? "涉及：" : "相关：");
			b.append(String.join("、", s.involved().stream().map(ReviewMarks::label).toList())).append('。');
		}
		return b.length() == 0 ? null : b.toString();
	}

	private static void sign(StringBuilder b, ReviewFinding f) {
		SIGN.render(b, Map.of(
				"label", raw(f.error() ? "错误" : "警告"),
				"sign", raw(f.error() ? ERROR_SIGN : WARNING_SIGN)));
	}

	static String severity(ReviewFinding f) {
		return f.error() ? "error" : "warning";
	}
}
