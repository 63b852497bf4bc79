package org.report.dsl.format;

/**
 * A value column named in code, independent of the row and format version that carry it: the typed
 * constants of {@link Table2}, {@link Table3} and {@link Table4}.
 *
 * @param id the column's {@link ColumnDef#id()}
 */
public record ColumnKey(String id) {

	/** The column of the given row, or null when the row has no such column. */
	public ColumnDef of(RowDef row) {
		return row.column(id);
	}

	/** Whether the definition is this column. */
	public boolean is(ColumnDef column) {
		return column.id().equals(id);
	}
}
