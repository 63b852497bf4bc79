package org.report.dsl.format;

/**
 * A cell named in code, independent of the format version: a row and a column constant.
 *
 * @param row    the row
 * @param column the column
 */
public record CellKey(RowKey row, ColumnKey column) {

	/** The cell in the given format; the version must have the row and the row the column. */
	public CellRef in(ReportFormat format) {
		RowDef r = row.in(format);
		ColumnDef c = column.of(r);
		if (c == null) {
			throw new IllegalArgumentException(row.id() + " has no column " + column.id());
		}
		return new CellRef(row.table().in(format), r, c);
	}
}
