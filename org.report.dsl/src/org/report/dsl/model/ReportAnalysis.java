package org.report.dsl.model;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The read form of a report, computed once per state of its resource and shared by all checks. */
@Singleton
public class ReportAnalysis {

	@Inject
	private IResourceScopeCache cache;

	private final ReportReader reader = new ReportReader();

	public ReportData of(Report report) {
		if (report.eResource() == null) {
			return reader.read(report);
		}
		return cache.get(ReportAnalysis.class, report.eResource(), () -> reader.read(report));
	}
}
