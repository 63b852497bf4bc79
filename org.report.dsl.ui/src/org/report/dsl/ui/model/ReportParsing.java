package org.report.dsl.ui.model;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.ui.ReportUi;

/**
 * Text to {@link ParsedReport}: parse in a fresh resource set (so the previous year's report named by
 * 上年 is read as it is now, relative to {@code uri}) and run every check, cross-year ones included —
 * the same path as the command line ({@link ReportLoader#check}).
 */
public final class ReportParsing {

	private final ReportLoader loader = ReportUi.injector().getInstance(ReportLoader.class);

	public ParsedReport parse(long version, String text, URI uri, CancelIndicator cancel) {
		CheckedReport checked = loader.check(text, uri, cancel);
		return new ParsedReport(version, text, checked.resource(), checked.issues());
	}

	/**
	 * The text of a document as it was read from the given bytes (not edited since): refused, as the
	 * command line and Render refuse the file, when the bytes are not report text — one error that says
	 * why, on an empty report — else parsed and checked.
	 */
	public ParsedReport parse(long version, String text, URI uri, byte[] bytes, CancelIndicator cancel) {
		ReportLoader.Unreadable refusal = ReportLoader.refusal(bytes);
		if (refusal == null) {
			return parse(version, text, uri, cancel);
		}
		return new ParsedReport(version, text, loader.check("", uri, cancel).resource(), List.of(refusal.toIssue()));
	}
}
