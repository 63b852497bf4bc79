package org.report.dsl.aggregate;

/** What the summary's group table is by (分组方式). */
public enum GroupBy {
	/** 按机关 */
	ORGAN,
	/** 按年度 */
	YEAR,
	/** 按目录 */
	FOLDER;

	/** The group of a report. */
	public String of(ReportSummary s) {
		return switch (this) {
		case ORGAN -> s.organ();
		case YEAR -> s.year() == 0 ? "" : Integer.toString(s.year());
		case FOLDER -> s.folder();
		};
	}
}
