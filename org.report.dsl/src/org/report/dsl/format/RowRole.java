package org.report.dsl.format;

/** The part a row plays in the sums of its table. */
public enum RowRole {
	/** An ordinary row of values. */
	ITEM,
	/** A row that sums other rows (（七）总计); omitted means computed. */
	TOTAL
}
