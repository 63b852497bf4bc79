package org.report.dsl.format.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.layout.GridCell.Kind;
import org.report.dsl.format.layout.TableGrid.Column;

/** Computes a table's {@link TableGrid} from its rows, columns and {@link PrintLayout}. */
final class GridBuilder {

	private GridBuilder() {
	}

	static TableGrid build(TableDef def) {
		PrintLayout layout = def.layout();
		if (layout.orientation() == PrintLayout.Orientation.COLUMN_BANDS) {
			return columnBands(def);
		}
		return layout.blocks() == PrintLayout.Blocks.HEADED ? headedBlocks(def) : spanningBlocks(def);
	}

	// ---- 表二: blocks with their own heading and column labels ---------------------------------------
	private static TableGrid headedBlocks(TableDef def) {
		int width = 1;
		for (RowDef r : def.rows()) {
			width = Math.max(width, r.columns().size());
		}
		List<Column> columns = new ArrayList<>(List.of(Column.LABEL));
		for (int i = 0; i < width; i++) {
			columns.add(Column.VALUE);
		}
		List<GridBand> bands = new ArrayList<>();
		List<RowDef> rows = def.rows();
		for (int i = 0; i < rows.size();) {
			String block = rows.get(i).block();
			int end = i;
			while (end < rows.size() && Objects.equals(block, rows.get(end).block())) {
				end++;
			}
			List<GridRow> lines = new ArrayList<>();
			if (block != null) {
				lines.add(new GridRow(GridRow.Kind.BLOCK_HEADING, null, false,
						List.of(GridCell.label(Kind.BLOCK, block, 0, 0, 1, width + 1, null))));
			}
			List<GridCell> head = new ArrayList<>();
			int line = lines.size();
			head.add(GridCell.label(Kind.CORNER, def.corner(), line, 0, 1, 1, null));
			List<ColumnDef> blockColumns = rows.get(i).columns();
			for (int c = 0, at = 1; c < blockColumns.size(); c++) {
				int span = span(c, blockColumns.size(), width);
				head.add(GridCell.label(Kind.COLUMN, blockColumns.get(c).label(), line, at, 1, span, null));
				at += span;
			}
			lines.add(new GridRow(GridRow.Kind.COLUMN_HEADING, null, false, List.copyOf(head)));
			for (int r = i; r < end; r++) {
				RowDef row = rows.get(r);
				line = lines.size();
				List<GridCell> cells = new ArrayList<>();
				cells.add(GridCell.label(Kind.ROW_LABEL, row.label(), line, 0, 1, 1, row));
				for (int c = 0, at = 1; c < row.columns().size(); c++) {
					int span = span(c, row.columns().size(), width);
					cells.add(value(row, r, c, line, at, span));
					at += span;
				}
				lines.add(new GridRow(GridRow.Kind.VALUES, row, false, List.copyOf(cells)));
			}
			bands.add(new GridBand(false, true, List.copyOf(lines)));
			i = end;
		}
		return new TableGrid(def, List.copyOf(columns), List.copyOf(bands));
	}

	/** The last of n columns spans what the widest block has more. */
	private static int span(int index, int n, int width) {
		return index == n - 1 ? width - n + 1 : 1;
	}

	// ---- 表三: one header, block and group labels spanning their rows ---------------------------------
	private static TableGrid spanningBlocks(TableDef def) {
		List<RowDef> rows = def.rows();
		boolean hasBlock = rows.stream().anyMatch(r -> r.block() != null);
		boolean hasGroup = rows.stream().anyMatch(r -> r.group() != null);
		List<ColumnDef> values = rows.isEmpty() ? def.columns() : rows.get(0).columns();
		List<Column> columns = new ArrayList<>();
		if (hasBlock) {
			columns.add(Column.BLOCK);
		}
		if (hasGroup) {
			columns.add(Column.GROUP);
		}
		columns.add(Column.LABEL);
		int labels = columns.size();
		values.forEach(v -> columns.add(Column.VALUE));

		List<GridBand> bands = new ArrayList<>();
		bands.add(spanningHead(def, values, labels));
		for (int i = 0; i < rows.size();) {
			String block = rows.get(i).block();
			int end = i;
			while (end < rows.size() && Objects.equals(block, rows.get(end).block())) {
				end++;
			}
			List<GridRow> lines = new ArrayList<>();
			for (int r = i; r < end; r++) {
				RowDef row = rows.get(r);
				int line = r - i;
				List<GridCell> cells = new ArrayList<>();
				int at = 0;
				if (row.block() != null) {
					if (r == i) {
						cells.add(GridCell.label(Kind.BLOCK, row.block(), line, at, end - i, 1, null));
					}
					at++;
				}
				if (row.group() != null) {
					if (r == i || !sameGroup(rows.get(r - 1), row)) {
						int run = 1;
						while (r + run < end && sameGroup(row, rows.get(r + run))) {
							run++;
						}
						cells.add(GridCell.label(Kind.GROUP, row.group(), line, at, run, 1, null));
					}
					at++;
				}
				cells.add(GridCell.label(Kind.ROW_LABEL, row.label(), line, at, 1, labels - at, row));
				for (int c = 0; c < row.columns().size(); c++) {
					cells.add(value(row, r, c, line, labels + c, 1));
				}
				boolean keepWithNext = r + 1 < rows.size() && keepTogether(row, rows.get(r + 1));
				lines.add(new GridRow(GridRow.Kind.VALUES, row, keepWithNext, List.copyOf(cells)));
			}
			bands.add(new GridBand(false, block == null, List.copyOf(lines)));
			i = end;
		}
		return new TableGrid(def, List.copyOf(columns), List.copyOf(bands));
	}

	/**
	 * The corner note over the label columns and all header rows; the span over the value columns; then
	 * column labels, those of a column group under the group's label.
	 */
	private static GridBand spanningHead(TableDef def, List<ColumnDef> values, int labels) {
		boolean grouped = values.stream().anyMatch(c -> c.group() != null);
		int top = def.span() != null ? 1 : 0;
		int headRows = top + (grouped ? 2 : 1);
		List<List<GridCell>> lines = new ArrayList<>();
		for (int i = 0; i < headRows; i++) {
			lines.add(new ArrayList<>());
		}
		lines.get(0).add(GridCell.label(Kind.NOTE, def.corner(), 0, 0, headRows, labels, null));
		if (def.span() != null) {
			lines.get(0).add(GridCell.label(Kind.SPAN, def.span(), 0, labels, 1, values.size(), null));
		}
		for (int i = 0; i < values.size(); i++) {
			ColumnDef c = values.get(i);
			if (c.group() == null) {
				lines.get(top).add(GridCell.label(Kind.COLUMN, c.label(), top, labels + i, grouped ? 2 : 1, 1, null));
			} else {
				if (i == 0 || !c.group().equals(values.get(i - 1).group())) {
					int run = 1;
					while (i + run < values.size() && c.group().equals(values.get(i + run).group())) {
						run++;
					}
					lines.get(top).add(GridCell.label(Kind.COLUMN_GROUP, c.group(), top, labels + i, 1, run, null));
				}
				lines.get(top + 1).add(GridCell.label(Kind.COLUMN, c.label(), top + 1, labels + i, 1, 1, null));
			}
		}
		return head(lines);
	}

	/**
	 * Whether a page should not break between two successive rows: inside a group, and inside a block but
	 * before a group. A table that must continue then continues with a labelled row group: a group under
	 * its label (（四）无法提供), never a block's own rows cut from it (（二）部分公开 without （一）, or
	 * （七）总计 alone on a page, with nothing saying they belong to 三、本年度办理结果).
	 */
	private static boolean keepTogether(RowDef row, RowDef next) {
		if (sameGroup(row, next)) {
			return true;
		}
		boolean nextStartsGroup = next.group() != null;
		return row.block() != null && row.block().equals(next.block()) && !nextStartsGroup;
	}

	/** Whether both rows belong to the same group (a null group is no group). */
	private static boolean sameGroup(RowDef a, RowDef b) {
		return a.group() != null && a.group().equals(b.group()) && Objects.equals(a.block(), b.block());
	}

	// ---- 表四: format rows as bands of columns over one line of values --------------------------------
	private static TableGrid columnBands(TableDef def) {
		List<RowDef> rows = def.rows();
		boolean grouped = rows.stream().anyMatch(r -> r.group() != null);
		List<Column> columns = new ArrayList<>();
		List<List<GridCell>> lines = new ArrayList<>();
		for (int i = 0; i < (grouped ? 3 : 2); i++) {
			lines.add(new ArrayList<>());
		}
		List<GridCell> values = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < rows.size(); i++) {
			RowDef r = rows.get(i);
			int width = r.columns().size();
			if (r.group() == null) {
				lines.get(0).add(GridCell.label(Kind.BAND, r.label(), 0, at, 1, width, r));
				for (int c = 0; c < width; c++) {
					lines.get(1).add(new GridCell(Kind.COLUMN, r.columns().get(c).label(), 1, at + c, grouped ? 2 : 1, 1,
							true, null, -1, -1));
				}
			} else {
				if (i == 0 || !r.group().equals(rows.get(i - 1).group())) {
					int span = 0;
					for (int j = i; j < rows.size() && r.group().equals(rows.get(j).group()); j++) {
						span += rows.get(j).columns().size();
					}
					lines.get(0).add(GridCell.label(Kind.BAND_GROUP, r.group(), 0, at, 1, span, null));
				}
				lines.get(1).add(GridCell.label(Kind.BAND, r.label(), 1, at, 1, width, r));
				for (int c = 0; c < width; c++) {
					lines.get(2).add(GridCell.label(Kind.COLUMN, r.columns().get(c).label(), 2, at + c, 1, 1, null));
				}
			}
			for (int c = 0; c < width; c++) {
				values.add(value(r, i, c, 0, at + c, 1));
				columns.add(Column.VALUE);
			}
			at += width;
		}
		GridBand body = new GridBand(false, true, List.of(new GridRow(GridRow.Kind.VALUES, null, false,
				List.copyOf(values))));
		return new TableGrid(def, List.copyOf(columns), List.of(head(lines), body));
	}

	// ---- helpers ----------------------------------------------------------------------------------
	private static GridBand head(List<List<GridCell>> lines) {
		List<GridRow> rows = new ArrayList<>();
		for (List<GridCell> line : lines) {
			List<GridCell> sorted = new ArrayList<>(line);
			sorted.sort((a, b) -> Integer.compare(a.column(), b.column()));
			rows.add(new GridRow(GridRow.Kind.HEADER, null, false, List.copyOf(sorted)));
		}
		return new GridBand(true, true, List.copyOf(rows));
	}

	private static GridCell value(RowDef row, int rowIndex, int columnIndex, int line, int column, int colSpan) {
		return new GridCell(Kind.VALUE, "", line, column, 1, colSpan, false, row, rowIndex, columnIndex);
	}
}
