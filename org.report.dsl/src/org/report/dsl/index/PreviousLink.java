package org.report.dsl.index;

import org.eclipse.emf.common.util.URI;
import org.report.dsl.reportDsl.Report;

/**
 * The file a report's 上年 (previous-year report) link names, resolved against the report's own
 * location: the one reading of the link for validation (X1, X2, PREV), the index and navigation.
 */
public final class PreviousLink {

	private PreviousLink() {
	}

	/** The previous report's URI, or null when the report names none or the link is not a URI. */
	public static URI target(Report report) {
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
