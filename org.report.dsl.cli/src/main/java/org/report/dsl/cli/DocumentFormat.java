package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.publish.html.HtmlRenderer;

/** The documents {@code render} writes, with the file name ending of each. */
enum DocumentFormat {
	text(".txt"), html(".html"), review(".review.html"), json(".json");

	private final String extension;

	DocumentFormat(String extension) {
		this.extension = extension;
	}

	String extension() {
		return extension;
	}

	/** Whether the document is written even when the report has errors (the review shows them). */
	boolean showsFindings() {
		return this == review;
	}

	String render(PublishedReport report, List<ReviewFinding> findings) {
		return switch (this) {
		case text -> new TextRenderer().render(report);
		case html -> new HtmlRenderer().render(report);
		case review -> new HtmlRenderer().renderReview(report, findings);
		case json -> ReportJson.of(report).toJson();
		};
	}
}
