package org.report.dsl.format.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.report.dsl.format.TableDef;

/**
 * A table as printed: its columns, and its rows of cells with their spans, in bands (header, blocks).
 * Computed once per table from its {@link PrintLayout}; the text, HTML (and any further) renderers
 * draw it, and the importer reads published tables by it. Immutable.
 *
 * @param table   the table
 * @param columns the role of each grid column: label columns first, then one per value column
 * @param bands   the bands, top to bottom
 */
public record TableGrid(TableDef table, List<Column> columns, List<GridBand> bands) {

	/** What a grid column holds. */
	public enum Column {
		/** Block headings spanning their rows (三、本年度办理结果). */
		BLOCK,
		/** Group labels spanning their rows (（三）不予公开). */
		GROUP,
		/** Row labels. */
		LABEL,
		/** Values. */
		VALUE
	}

	private static final Map<TableDef, TableGrid> GRIDS = Collections.synchronizedMap(new IdentityHashMap<>());

	/** The grid of a table (computed on first use). */
	public static TableGrid of(TableDef table) {
		TableGrid grid = GRIDS.get(table);
		if (grid == null) {
			grid = GridBuilder.build(table);
			GRIDS.put(table, grid);
		}
		return grid;
	}

	/** How many grid columns hold labels (left of the values). */
	public int labelColumns() {
		return (int) columns.stream().filter(c -> c != Column.VALUE).count();
	}

	/** How many grid columns hold values. */
	public int valueColumns() {
		return columns.size() - labelColumns();
	}

	/** Whether one header names the columns of every row (no block brings its own column labels). */
	public boolean oneColumnHeader() {
		return rows().stream().noneMatch(r -> r.kind() == GridRow.Kind.COLUMN_HEADING);
	}

	/**
	 * Whether values stand on a line without a row label of their own: the format's rows are named in
	 * the header and their values follow it (表四).
	 */
	public boolean valuesFollowHeader() {
		return rows().stream().anyMatch(r -> r.kind() == GridRow.Kind.VALUES && r.rowDef() == null);
	}

	/** All printed rows, top to bottom. */
	public List<GridRow> rows() {
		List<GridRow> rows = new ArrayList<>();
		bands.forEach(b -> rows.addAll(b.rows()));
		return rows;
	}

	/** The cells of a band by position: {@code [row][column]} is the cell covering it, or null. */
	public static GridCell[][] cover(GridBand band, int columns) {
		GridCell[][] at = new GridCell[band.rows().size()][columns];
		for (GridRow row : band.rows()) {
			for (GridCell cell : row.cells()) {
				for (int r = cell.row(); r < cell.row() + cell.rowSpan() && r < at.length; r++) {
					for (int c = cell.column(); c < cell.column() + cell.colSpan() && c < columns; c++) {
						at[r][c] = cell;
					}
				}
			}
		}
		return at;
	}
}
