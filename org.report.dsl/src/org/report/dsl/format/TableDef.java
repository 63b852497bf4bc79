package org.report.dsl.format;

import java.util.List;
import java.util.Optional;

import org.report.dsl.format.layout.PrintLayout;

/**
 * One of the fixed tables (二, 三, 四): its rows, each with its own value columns, and the sums that
 * hold between its cells.
 *
 * @param id        二, 三 or 四 — also how narrative references name the table
 * @param title     the section heading the table belongs to
 * @param rows      value rows in official order
 * @param relations the 勾稽关系 that must hold between the cells
 * @param corner    the text of the header's top-left cell (table 三's 勾稽关系 note), or null
 * @param span      the header over all value columns (申请人情况), or null
 * @param cellRule  the rule every cell's value obeys (R7 for 二, R5 for 三 and 四)
 * @param layout    how the table is printed (its grid: {@link org.report.dsl.format.layout.TableGrid})
 */
public record TableDef(String id, String title, List<RowDef> rows, List<Relation> relations, String corner,
		String span, Rule cellRule, PrintLayout layout) {

	/** By id only: equal definitions have equal ids, and hashing the whole definition made look-ups slow. */
	@Override
	public int hashCode() {
		return id.hashCode();
	}

	/**
	 * This table with other rows, and the 勾稽关系 those rows imply (the one way tables are built:
	 * {@link ReportFormats}, and copies of a format with a row added).
	 */
	public TableDef withRows(List<RowDef> newRows) {
		TableDef shell = new TableDef(id, title, List.copyOf(newRows), List.of(), corner, span, cellRule, layout);
		return new TableDef(id, title, shell.rows(), Relations.of(shell), corner, span, cellRule, layout);
	}

	public Optional<RowDef> row(String rowId) {
		return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
	}

	/** All distinct columns of the table, in the order they first appear. */
	public List<ColumnDef> columns() {
		return rows.stream().flatMap(r -> r.columns().stream()).distinct().toList();
	}

	public int cellCount() {
		return rows.stream().mapToInt(r -> r.columns().size()).sum();
	}
}
