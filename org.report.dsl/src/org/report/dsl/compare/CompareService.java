package org.report.dsl.compare;

import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.CheckedReport;

import com.google.inject.Inject;

/**
 * Two checked reports compared (年度对比), the one path for every front end: each read against its
 * format and published ({@link PublishedReportBuilder}), then {@link ReportComparer}. A report with
 * errors is compared as written (the front end says it has errors).
 */
public class CompareService {

	@Inject
	private ReportAnalysis analysis;

	private final ReportComparer comparer = new ReportComparer();

	/** The comparison, or null when either file holds no report (unreadable, no text). */
	public ReportComparison compare(CheckedReport previous, CheckedReport current) {
		Report before = previous.report(), now = current.report();
		if (before == null || now == null) {
			return null;
		}
		return comparer.compare(publish(before), publish(now));
	}

	private PublishedReport publish(Report report) {
		return new PublishedReportBuilder().build(analysis.of(report));
	}
}
