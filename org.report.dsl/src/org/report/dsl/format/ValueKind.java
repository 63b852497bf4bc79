package org.report.dsl.format;

/** What a cell may hold. */
public enum ValueKind {
	/** 件数：a non-negative integer. */
	COUNT,
	/** 金额（万元）：a non-negative decimal, kept with exactly its written digits. */
	AMOUNT,
	/** 本年增/减 (2019 format)：an integer that may be negative. */
	DELTA;

	/** The unit a value of this kind is stated in (金额 in 万元), or null for counts. */
	public String unit() {
		return this == AMOUNT ? "万元" : null;
	}
}
