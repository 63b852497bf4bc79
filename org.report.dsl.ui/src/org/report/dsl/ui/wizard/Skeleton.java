package org.report.dsl.ui.wizard;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.ide.completion.ReportSkeleton;
import org.report.dsl.ui.completion.Snippets;

/** A new report's text: the ide's skeleton for the format, with the organ and the year filled in. */
public final class Skeleton {

	private Skeleton() {
	}

	public static String of(String organ, int year, FormatVersion version) {
		String snippet = ReportSkeleton.snippet(ReportFormat.of(version))
				.replace("${1:机关名称}", organ).replace("${2:2025}", Integer.toString(year));
		return Snippets.toPlain(snippet).text();
	}
}
