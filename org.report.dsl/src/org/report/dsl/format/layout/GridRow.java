package org.report.dsl.format.layout;

import java.util.List;

import org.report.dsl.format.RowDef;

/**
 * One printed row (line) of a table: the cells that start on it, left to right.
 *
 * @param kind         what the line is
 * @param rowDef       the format row whose values it holds, or null (header lines; 表四's line of values,
 *                     which holds all three rows)
 * @param keepWithNext whether a page should not break after it (rows of one group; a block's rows up to its
 *                     next group, so that a continued table goes on with a labelled group)
 * @param cells        the cells that start on this row, by column
 */
public record GridRow(Kind kind, RowDef rowDef, boolean keepWithNext, List<GridCell> cells) {

	/** What a printed row is. */
	public enum Kind {
		/** A line of the table's header. */
		HEADER,
		/** A block's heading across the table (表二's 第二十条第（一）项). */
		BLOCK_HEADING,
		/** A block's column labels (表二's 信息内容 | 本年制发件数 …). */
		COLUMN_HEADING,
		/** A line of values. */
		VALUES
	}
}
