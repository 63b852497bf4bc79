package org.report.dsl.format;

/** The rows and columns of table 二 (主动公开政府信息情况) that code names; labels as in format.md. */
public final class Table2 {

	/** 表二 主动公开政府信息情况. */
	public static final TableId TABLE = TableId.TABLE2;

	/** 规章 (both versions). */
	public static final RowKey RULES = row("RULES");
	/** 行政规范性文件 (2019: 规范性文件). */
	public static final RowKey NORMATIVE_DOCUMENTS = row("NORMATIVE_DOCUMENTS");
	/** 行政许可. */
	public static final RowKey LICENSING = row("LICENSING");
	/** 行政事业性收费. */
	public static final RowKey FEES = row("FEES");

	/** 本年制发件数 (2021). */
	public static final ColumnKey ISSUED = new ColumnKey("ISSUED");
	/** 本年废止件数 (2021). */
	public static final ColumnKey REPEALED = new ColumnKey("REPEALED");
	/** 现行有效件数 (2021). */
	public static final ColumnKey IN_FORCE = new ColumnKey("IN_FORCE");
	/** 本年收费金额（单位：万元） (2021). */
	public static final ColumnKey FEE = new ColumnKey("FEE");

	private Table2() {
	}

	/** Whether 「/」 (not applicable: no 规章 at county level) may stand in the row's cells (R7): only 规章. */
	public static boolean allowsNotApplicable(RowDef row) {
		return RULES.is(row);
	}

	private static RowKey row(String id) {
		return new RowKey(TABLE, id);
	}
}
