package org.report.dsl.format;

/** The rows and columns of table 四 (政府信息公开行政复议、行政诉讼情况); labels as in format.md. */
public final class Table4 {

	/** 表四 政府信息公开行政复议、行政诉讼情况. */
	public static final TableId TABLE = TableId.TABLE4;

	/** 行政复议. */
	public static final RowKey REVIEW = row("REVIEW");
	/** 未经复议直接起诉 (行政诉讼). */
	public static final RowKey SUIT_DIRECT = row("SUIT_DIRECT");
	/** 复议后起诉 (行政诉讼). */
	public static final RowKey SUIT_AFTER_REVIEW = row("SUIT_AFTER_REVIEW");

	/** 结果维持. */
	public static final ColumnKey UPHELD = new ColumnKey("UPHELD");
	/** 结果纠正. */
	public static final ColumnKey CORRECTED = new ColumnKey("CORRECTED");
	/** 其他结果. */
	public static final ColumnKey OTHER_RESULT = new ColumnKey("OTHER_RESULT");
	/** 尚未审结. */
	public static final ColumnKey PENDING = new ColumnKey("PENDING");
	/** 总计. */
	public static final ColumnKey TOTAL = new ColumnKey("TOTAL");

	private Table4() {
	}

	private static RowKey row(String id) {
		return new RowKey(TABLE, id);
	}
}
