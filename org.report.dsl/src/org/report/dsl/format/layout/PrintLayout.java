package org.report.dsl.format.layout;

import org.report.dsl.format.ColumnDef;

/**
 * How a table is printed (印制版式), declared with the table in the format. The labels themselves
 * (the corner note, 申请人情况, 法人或其他组织, the blocks 第二十条第（一）项 and groups （三）不予公开 of
 * the rows) stay on the table, its rows and columns; this says how they are arranged. The grid every
 * renderer and the importer read is computed from it: {@link TableGrid#of}.
 *
 * @param number      the table's number in ids and file names (2 for 表二)
 * @param orientation whether each format row prints as a line, or as a band of columns over one line
 * @param blocks      how a run of rows with the same block (第二十条第（一）项, 三、本年度办理结果) is printed
 * @param optional    a column published tables may leave out, recognised by its absence from their
 *                    header (其他 of 法人或其他组织 in older templates of 表三), or null
 * @param shortNames  whether rows are written in a report by a short name (their printed labels are
 *                    long and numbered within their group, as in 表三), rather than by their label
 */
public record PrintLayout(int number, Orientation orientation, Blocks blocks, ColumnDef optional,
		boolean shortNames) {

	/**
	 * The row header of the one line of values of a {@link Orientation#COLUMN_BANDS} table (表四): the
	 * official template leaves it out, a web page names the line so that each value has a row header.
	 */
	public static final String BAND_LINE_LABEL = "件数";

	/** How the format's rows are laid out in print. */
	public enum Orientation {
		/** One printed line per format row, its label first (表二, 表三). */
		ROWS,
		/**
		 * Each format row is a band of columns under its label, grouped under its group label, and all
		 * values stand on one line (表四: 行政复议 | 行政诉讼（未经复议直接起诉, 复议后起诉）).
		 */
		COLUMN_BANDS
	}

	/** How the blocks of rows are printed. */
	public enum Blocks {
		/**
		 * Each block is a band of its own: a line with the block's heading across the table, a line with
		 * the corner and the block's column labels, then its rows (表二). Blocks may have different
		 * columns; a block with fewer columns than the widest lets its last one span the rest.
		 */
		HEADED,
		/**
		 * One header for the whole table; block and group labels are label columns spanning their rows
		 * (表三: 三、本年度办理结果 over the result rows, （三）不予公开 over its eight items).
		 */
		SPANNING
	}
}
