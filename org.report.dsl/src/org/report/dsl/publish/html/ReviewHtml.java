package org.report.dsl.publish.html;

import java.util.List;

import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.html.ReviewMarks.Kind;
import org.report.dsl.publish.html.ReviewMarks.Mark;

/**
 * How findings look on a review page: the list at the top, the numbered markers in table cells with
 * their notes under the table, and the notes beside narrative, headings and the report header. Each
 * finding is {@code f<n>} in the top list, {@code m<n>} as a marker and {@code n<n>} as a note, and
 * the three link to each other; errors carry ✖ and a solid outline, warnings ⚠ and a dashed one, so
 * they differ without colour too.
 */
final class ReviewHtml {

	static final String ERROR_SIGN = "✖";
	static final String WARNING_SIGN = "⚠";

	private ReviewHtml() {
	}

	/** The list of all findings, first thing on the page. */
	static void summary(StringBuilder b, ReviewMarks marks) {
		List<Mark> all = marks.all();
		b.append("<section class=\"review-summary\" aria-labelledby=\"review-title\">\n")
				.append("<h2 id=\"review-title\">审查意见</h2>\n<p class=\"review-count\">");
		if (all.isEmpty()) {
			b.append("未发现问题。");
		} else {
			b.append("共 ").append(all.size()).append(" 项：<span class=\"count-error\">").append(ERROR_SIGN)
					.append(' ').append(marks.errors()).append(" 个错误</span>，<span class=\"count-warning\">")
					.append(WARNING_SIGN).append(' ').append(marks.warnings()).append(" 个警告</span>。");
		}
		b.append("</p>\n<p class=\"review-legend\">表中<span class=\"computed-sample\">浅蓝底</span>的数字为自动计算。</p>\n");
		if (!all.isEmpty()) {
			b.append("<ol class=\"review-list\">\n");
			for (Mark m : all) {
				ReviewFinding f = m.finding();
				b.append("<li");
				Html.attr(b, "id", "f" + m.number());
				Html.attr(b, "class", "review-item " + severity(f));
				Html.attr(b, "value", m.number());
				b.append('>');
				sign(b, f);
				b.append(" <code class=\"code\">");
				Html.text(b, f.code()).append("</code> <span class=\"loc\">").append(f.line()).append(':')
						.append(f.column()).append("</span> ");
				if (m.place() == null) {
					b.append("<span class=\"message\">");
					Html.text(b, f.message()).append("</span> <span class=\"where\">（无对应位置）</span>");
				} else {
					b.append("<a class=\"message\"");
					Html.attr(b, "href", "#" + (m.textLine() >= 0 ? "m" + m.number() : m.place().id())).append('>');
					Html.text(b, f.message()).append("</a>");
				}
				b.append("</li>\n");
			}
			b.append("</ol>\n");
		}
		b.append("</section>\n");
	}

	/** The numbered markers of the findings on a cell, row or table, linking to their notes. */
	static void markers(StringBuilder b, ReviewMarks marks, String id) {
		markers(b, marks.at(id));
	}

	/** The numbered markers of these findings, linking to their notes. */
	static void markers(StringBuilder b, List<Mark> findings) {
		for (Mark m : findings) {
			b.append("<a");
			Html.attr(b, "class", "fn-ref " + severity(m.finding()));
			Html.attr(b, "id", "m" + m.number());
			Html.attr(b, "href", "#n" + m.number());
			Html.attr(b, "title", m.finding().message()).append('>');
			sign(b, m.finding());
			b.append("<sup>").append(m.number()).append("</sup></a>");
		}
	}

	/** The messages of a table's cells, rows and the table itself, directly under it. */
	static void tableNotes(StringBuilder b, ReviewMarks marks, String tableId) {
		List<Mark> notes = marks.underTable(tableId);
		if (notes.isEmpty()) {
			return;
		}
		b.append("<ol class=\"finding-notes\"");
		Html.attr(b, "aria-label", "表中问题").append(">\n");
		for (Mark m : notes) {
			b.append("<li");
			Html.attr(b, "id", "n" + m.number());
			Html.attr(b, "class", "finding-note " + severity(m.finding()));
			Html.attr(b, "value", m.number()).append('>');
			b.append("<a class=\"back\"");
			Html.attr(b, "href", "#" + (m.place().kind() == Kind.TABLE ? "m" + m.number() : m.place().id()));
			b.append('>');
			sign(b, m.finding());
			b.append("<sup>").append(m.number()).append("</sup></a> ");
			body(b, m);
			b.append("</li>\n");
		}
		b.append("</ol>\n");
	}

	/** The messages beside a narrative, heading or the report header. */
	static void asides(StringBuilder b, ReviewMarks marks, String id) {
		for (Mark m : marks.at(id)) {
			b.append("<aside");
			Html.attr(b, "id", "n" + m.number());
			Html.attr(b, "class", "finding-note " + severity(m.finding())).append('>');
			sign(b, m.finding());
			b.append("<sup>").append(m.number()).append("</sup> ");
			body(b, m);
			b.append("</aside>\n");
		}
	}

	private static void body(StringBuilder b, Mark m) {
		ReviewFinding f = m.finding();
		b.append("<span class=\"severity\">").append(f.error() ? "错误" : "警告").append("</span> <code class=\"code\">");
		Html.text(b, f.code()).append("</code> <span class=\"loc\">").append(f.line()).append(':').append(f.column())
				.append("</span> <span class=\"message\">");
		Html.text(b, f.message()).append("</span> <a class=\"to-list\"");
		Html.attr(b, "href", "#f" + m.number()).append(">↑ 审查意见</a>");
	}

	private static void sign(StringBuilder b, ReviewFinding f) {
		b.append("<span class=\"sign\" role=\"img\"");
		Html.attr(b, "aria-label", f.error() ? "错误" : "警告").append('>');
		b.append(f.error() ? ERROR_SIGN : WARNING_SIGN).append("</span>");
	}

	static String severity(ReviewFinding f) {
		return f.error() ? "error" : "warning";
	}
}
