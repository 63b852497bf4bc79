package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;

/**
 * A table's grid flattened to tab-separated lines of text, worked out once per grid: the label columns
 * make one field; a merged cell gives its text to its first field and empty fields to the others; a
 * line ends with its last field that is not the continuation of a cell to its left. Block and group
 * labels spanning rows stand on lines of their own before the first row they span. What is left for
 * each report is to put its values in their places.
 *
 * @param parts the text in order: label text, tabs and line ends as strings, a value by its grid cell
 */
record TextTable(List<Object> parts) {

	private static final Map<TableGrid, TextTable> TABLES = Collections.synchronizedMap(new IdentityHashMap<>());

	static TextTable of(TableGrid grid) {
		TextTable table = TABLES.get(grid);
		if (table == null) {
			table = flatten(grid);
			TABLES.put(grid, table);
		}
		return table;
	}

	/** Appends the table with the values of {@code table}. */
	void render(StringBuilder b, PublishedTable table) {
		for (Object part : parts) {
			if (part instanceof GridCell value) {
				b.append(table.rows().get(value.valueRow()).cells().get(value.valueColumn()).text());
			} else {
				b.append((String) part);
			}
		}
	}

	private static TextTable flatten(TableGrid grid) {
		List<Object> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int labels = grid.labelColumns();
		int fields = (labels > 0 ? 1 : 0) + grid.valueColumns();
		for (GridBand band : grid.bands()) {
			GridCell[][] at = TableGrid.cover(band, grid.columns().size());
			for (int r = 0; r < at.length; r++) {
				GridRow row = band.rows().get(r);
				if (row.kind() == GridRow.Kind.VALUES) {
					for (GridCell cell : row.cells()) {
						if (cell.kind() == GridCell.Kind.BLOCK || cell.kind() == GridCell.Kind.GROUP) {
							literal.append(cell.text()).append('\n');
						}
					}
				}
				List<GridCell> line = new ArrayList<>(fields);
				int end = 0;
				for (int f = 0; f < fields; f++) {
					int column = labels == 0 ? f : f == 0 ? labels - 1 : labels + f - 1;
					GridCell cell = at[r][column];
					int first = cell == null ? f : field(cell.column(), labels);
					if (cell != null && first == f && cell.textRow() == r) {
						line.add(cell);
						end = f + 1;
					} else {
						line.add(null);
						end = cell != null && first < f ? end : f + 1;
					}
				}
				for (int f = 0; f < end; f++) {
					literal.append(f == 0 ? "" : "\t");
					GridCell cell = line.get(f);
					if (cell != null && cell.kind() == GridCell.Kind.VALUE) {
						parts.add(literal.toString());
						literal.setLength(0);
						parts.add(cell);
					} else if (cell != null) {
						literal.append(cell.text());
					}
				}
				literal.append('\n');
			}
		}
		parts.add(literal.toString());
		return new TextTable(List.copyOf(parts));
	}

	/** The text field of a grid column: all label columns are the first. */
	private static int field(int column, int labels) {
		return labels == 0 ? column : column < labels ? 0 : column - labels + 1;
	}
}
