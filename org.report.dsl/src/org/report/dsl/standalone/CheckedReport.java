package org.report.dsl.standalone;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.reportDsl.Report;

/**
 * A report file read, parsed and checked (经过检查的报告): what every front end (command line, language
 * server, Eclipse editor, workspace validation, Eclipse Render) starts from. Made only by
 * {@link ReportLoader}.
 *
 * @param text       the source text (null when unreadable)
 * @param resource   the parsed resource (null when unreadable)
 * @param issues     every finding of the validator, cross-year ones included (empty when unreadable)
 * @param unreadable why the bytes are no report text (not readable, not UTF-8, binary), or null
 */
public record CheckedReport(String text, XtextResource resource, List<Issue> issues,
		ReportLoader.Unreadable unreadable) {

	public CheckedReport {
		issues = List.copyOf(issues);
	}

	static CheckedReport unreadable(ReportLoader.Unreadable why) {
		return new CheckedReport(null, null, List.of(), why);
	}

	public boolean readable() {
		return unreadable == null;
	}

	/** The report, or null when the file is unreadable or its text holds none. */
	public Report report() {
		return resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report r) ? null : r;
	}

	/** The number of errors: an unreadable file counts as one. */
	public int errors() {
		return readable() ? (int) issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count() : 1;
	}
}
