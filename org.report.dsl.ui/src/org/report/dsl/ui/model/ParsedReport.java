package org.report.dsl.ui.model;

import java.util.List;

import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.reportDsl.Report;

/**
 * One parse of a document's text at one version, with its validation issues: what every editor
 * feature reads. Immutable once published; a feature compares {@link #version()} with the model's
 * current version before it applies anything computed from it.
 */
public record ParsedReport(long version, String text, XtextResource resource, List<Issue> issues) {

	/** The text as the ide services see it (offset and line/column conversion). */
	public Document document() {
		return new Document((int) version, text);
	}

	/** The parsed report, or null when the text is not even a report header. */
	public Report report() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report r) ? null : r;
	}
}
