package org.report.dsl.format.layout;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;

/**
 * One cell of a printed table: a label with the grid rows and columns it spans, or the place of a
 * value of the format.
 *
 * @param kind        what the cell holds
 * @param text        the label as printed; empty for a value (its text comes from the report)
 * @param row         the first grid row it covers, counted within its band
 * @param column      the first grid column it covers
 * @param rowSpan     how many grid rows it covers
 * @param colSpan     how many grid columns it covers
 * @param bottom      whether, flattened to lines of text, the label stands on its last row rather than
 *                    its first (表四's 行政复议 column labels, printed beside those of 行政诉讼)
 * @param rowDef      the format row the cell names (ROW_LABEL, BAND) or holds a value of (VALUE); else null
 * @param valueRow    for VALUE: the index of its row in the table's rows; else -1
 * @param valueColumn for VALUE: the index of its column in the row's columns; else -1
 */
public record GridCell(Kind kind, String text, int row, int column, int rowSpan, int colSpan, boolean bottom,
		RowDef rowDef, int valueRow, int valueColumn) {

	/** What a cell of the grid holds. */
	public enum Kind {
		/** The top-left cell over the label columns and header rows: a note (表三's 勾稽关系). */
		NOTE,
		/** The heading of the label column in a block's column header (表二's 信息内容). */
		CORNER,
		/** The header over all value columns (申请人情况). */
		SPAN,
		/** A header over a run of columns (法人或其他组织). */
		COLUMN_GROUP,
		/** A column label (自然人, 本年制发件数). */
		COLUMN,
		/** A header over the bands of several format rows (表四's 行政诉讼). */
		BAND_GROUP,
		/** A format row printed as a band of columns (表四's 行政复议, 未经复议直接起诉). */
		BAND,
		/** A block heading (第二十条第（一）项, 三、本年度办理结果). */
		BLOCK,
		/** A group label over its rows (（三）不予公开). */
		GROUP,
		/** A format row's label (（一）予以公开). */
		ROW_LABEL,
		/** The place of one value. */
		VALUE
	}

	static GridCell label(Kind kind, String text, int row, int column, int rowSpan, int colSpan, RowDef rowDef) {
		return new GridCell(kind, text == null ? "" : text, row, column, rowSpan, colSpan, false, rowDef, -1, -1);
	}

	/** Whether the cell covers grid row r (of its band) and grid column c. */
	public boolean covers(int r, int c) {
		return r >= row && r < row + rowSpan && c >= column && c < column + colSpan;
	}

	/** The row of its band on which the label stands when the table is flattened to lines of text. */
	public int textRow() {
		return bottom ? row + rowSpan - 1 : row;
	}

	/** The cell of the format this VALUE cell shows. */
	public CellRef cell(TableDef table) {
		RowDef r = table.rows().get(valueRow);
		return new CellRef(table, r, r.columns().get(valueColumn));
	}
}
