package org.report.dsl.format;

/** One cell of a table: a row and one of its columns. */
public record CellRef(TableDef table, RowDef row, ColumnDef column) {

	/** How messages name the cell, e.g. 三（七）总计·自然人. */
	public String display() {
		return table.id() + " " + row.ref() + "·" + column.label();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CellRef c && c.table.id().equals(table.id()) && c.row.id().equals(row.id())
				&& c.column.id().equals(column.id());
	}

	@Override
	public int hashCode() {
		return (table.id().hashCode() * 31 + row.id().hashCode()) * 31 + column.id().hashCode();
	}
}
