package org.report.dsl.ui.model;

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
}
