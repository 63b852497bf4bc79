package org.report.dsl.ide.references;

import org.eclipse.emf.common.util.URI;
import org.report.dsl.reportDsl.Report;

/** The file a report's 上年 link names, resolved against the report's own location (as CrossYearRules does). */
final class PreviousLinks {

	private PreviousLinks() {
	}

	static URI target(Report report) {
		if (report.getPrevious() == null || report.eResource() == null) {
			return null;
		}
		try {
			return URI.createURI(report.getPrevious()).resolve(report.eResource().getURI());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
