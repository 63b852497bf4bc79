package org.report.dsl.publish.html;

import java.util.List;
import java.util.Objects;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.TextRenderer;

/**
 * The HTML outputs of a report: a print-ready page with the content of the official text
 * ({@link TextRenderer}), and the same page for review with every finding shown where it belongs.
 * Each page is one self-contained file: inline stylesheet, no script, and a Content-Security-Policy
 * that forbids any request. Stateless and thread-safe.
 */
public final class HtmlRenderer {

	/** The print page: title, headings, narrative and the tables laid out like the official template. */
	public String render(PublishedReport report) {
		return HtmlPage.render(Objects.requireNonNull(report, "report"), ReviewMarks.NONE);
	}

	/**
	 * The review page: the print page with a list of all findings at the top and each finding marked on
	 * the cell, row, table, narrative or heading it is about (the report header when it is about none
	 * of them; the top list only when it has no source, as syntax errors).
	 */
	public String renderReview(PublishedReport report, List<ReviewFinding> findings) {
		Objects.requireNonNull(report, "report");
		return HtmlPage.render(report, ReviewMarks.of(report, Objects.requireNonNull(findings, "findings")));
	}
}
