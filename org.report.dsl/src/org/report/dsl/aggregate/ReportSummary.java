package org.report.dsl.aggregate;

import java.util.List;

import org.report.dsl.format.FormatVersion;

/**
 * What a summary keeps of one source report (来源报告摘要): never its model, only its identity, status,
 * key figures and the rules of its findings; its cells are folded into the totals as it is read.
 *
 * @param source   the file as given on the command line (or found under it)
 * @param folder   the folder relative to the path it was found under ("." for the path itself)
 * @param organ    机关名称 ("" when unreadable)
 * @param year     report year (0 when unknown)
 * @param format   the format it declares, or null when unreadable
 * @param status   valid, warnings, errors or unreadable
 * @param errors   number of errors (an unreadable file counts one)
 * @param warnings number of warnings
 * @param problem  the first error's message (with its line), or null
 * @param rules    the rule id of every finding, in source order (a rule repeats per finding)
 * @param figures  its key figures ({@link KeyFigures#NONE} when unreadable)
 */
public record ReportSummary(String source, String folder, String organ, int year, FormatVersion format,
		SourceStatus status, int errors, int warnings, String problem, List<String> rules, KeyFigures figures) {

	public ReportSummary {
		rules = List.copyOf(rules);
	}

	/** The key a duplicate shares: the same organ and year. */
	public String organYear() {
		return organ + "\u0000" + year;
	}
}
