package org.report.dsl.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.report.dsl.calc.TotalsCalculator;
import org.report.dsl.calc.TotalsResult;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.Labels;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.ValueKind;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.importer.solve.CellValue;
import org.report.dsl.importer.table.ImportedTable;

/**
 * A table in the language, as a person would write it: only rows with a non-zero cell; a dense row
 * (more than half its cells non-zero, or a single column) positional 「行：v v v」, aligned with the
 * other positional rows under a comment naming the columns; a sparse row with named cells. Totals are
 * written as published when non-zero, and a published 0 total is written too where the language would
 * otherwise compute a different one — so a published rule failure stays visible to validate.
 */
final class TableWriter {

	private final ImportedTable table;

	TableWriter(ImportedTable table) {
		this.table = table;
	}

	/** The table's lines, indented, without braces; empty when every cell is 0. */
	List<String> lines(String cutNote) {
		Map<CellRef, CellValue> written = written();
		List<RowDef> positional = new ArrayList<>();
		Map<RowDef, List<CellRef>> named = new LinkedHashMap<>();
		for (RowDef row : table.def().rows()) {
			List<CellRef> cells = new ArrayList<>();
			int nonZero = 0;
			for (ColumnDef c : row.columns()) {
				CellRef ref = new CellRef(table.def(), row, c);
				if (written.containsKey(ref)) {
					cells.add(ref);
					nonZero += written.get(ref).isZero() ? 0 : 1;
				}
			}
			boolean variant = table.variants().containsKey(row); // kept, so validate warns as for the original
			if ((!cells.isEmpty() || variant) && !table.unresolved().contains(row)) {
				if (row.columns().size() == 1 || nonZero * 2 > row.columns().size() || cells.isEmpty()) {
					positional.add(row);
				} else {
					named.put(row, cells);
				}
			}
		}
		int width = positional.stream().mapToInt(r -> width(label(r)) + 1).max().orElse(0);
		int[] columnWidths = columnWidths(positional);
		List<String> lines = new ArrayList<>();
		boolean header = false;
		for (RowDef row : table.def().rows()) {
			if (positional.contains(row) || named.containsKey(row) || table.unresolved().contains(row)) {
				for (String note : table.notes().getOrDefault(row, List.of())) {
					lines.add("  // " + note);
				}
			}
			if (table.unresolved().contains(row)) {
				if (cutNote == null || table.notes().containsKey(row)) {
					lines.add("  " + DslText.word(label(row)) + "：" + DslText.UNRESOLVED);
				}
			} else if (positional.contains(row)) {
				if (!header && row.columns().size() > 2 && TableGrid.of(table.def()).oneColumnHeader()) {
					lines.add("  //" + " ".repeat(Math.max(1, width + 1)) + String.join(" ", row.columns().stream()
							.map(ColumnDef::label).toList()));
					header = true;
				}
				lines.add(positionalLine(row, width, columnWidths));
			} else if (named.containsKey(row)) {
				StringBuilder b = new StringBuilder("  ").append(DslText.word(label(row)));
				for (CellRef c : named.get(row)) {
					b.append(' ').append(DslText.word(c.column().label())).append(' ').append(text(c));
				}
				lines.add(b.toString());
			}
		}
		if (cutNote != null) {
			lines.add("  // " + cutNote);
			lines.add("  " + DslText.UNRESOLVED);
		}
		return lines;
	}

	private String positionalLine(RowDef row, int width, int[] widths) {
		String label = DslText.word(label(row)) + "：";
		StringBuilder b = new StringBuilder("  ").append(label).append(" ".repeat(Math.max(0, width + 1 - width(label))));
		List<ColumnDef> columns = row.columns();
		for (int i = 0; i < columns.size(); i++) {
			String v = text(new CellRef(table.def(), row, columns.get(i)));
			int w = columns.size() > 1 && i < widths.length ? widths[i] : 0;
			b.append(i == 0 ? "" : " ").append(" ".repeat(Math.max(0, w - v.length()))).append(v);
		}
		return b.toString().stripTrailing();
	}

	private int[] columnWidths(List<RowDef> rows) {
		int[] widths = new int[8];
		for (RowDef r : rows) {
			for (int i = 0; i < r.columns().size() && i < widths.length; i++) {
				widths[i] = Math.max(widths[i], text(new CellRef(table.def(), r, r.columns().get(i))).length());
			}
		}
		return widths;
	}

	private String text(CellRef cell) {
		CellValue v = table.values().get(cell);
		return v == null || v.kind() == CellValue.Kind.BLANK ? "0" : v.text();
	}

	/** Non-zero cells, 「/」, and the zero totals the language would otherwise compute differently. */
	private Map<CellRef, CellValue> written() {
		Map<CellRef, CellValue> written = new LinkedHashMap<>();
		table.values().forEach((cell, v) -> {
			if (!v.isZero() || v.kind() == CellValue.Kind.NOT_APPLICABLE) {
				written.put(cell, v);
			}
		});
		if (table.def().relations().isEmpty()) {
			return written;
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			Map<CellRef, Long> counts = new HashMap<>();
			written.forEach((cell, v) -> {
				Long n = v.count();
				if (n != null && cell.column().kind() == ValueKind.COUNT) {
					counts.put(cell, n);
				}
			});
			TotalsResult result = new TotalsCalculator().check(table.def(), counts);
			for (CellRef total : result.computed()) {
				CellValue published = table.values().get(total);
				if (published != null && published.isZero() && result.value(total).signum() != 0) {
					written.put(total, published);
					changed = true;
				}
			}
		}
		return written;
	}

	/** The row's name in the output: a published variant as printed, else a short official name. */
	String label(RowDef row) {
		if (table.variants().containsKey(row)) {
			return table.variants().get(row);
		}
		boolean shortNames = table.def().layout().shortNames();
		if (shortNames && !row.isTotal()) {
			for (String alias : row.aliases()) {
				if (!alias.startsWith("（")) {
					return alias;
				}
			}
		}
		return shortNames ? Labels.key(row.label()) : row.label();
	}

	/** Display width, as the editor's Format measures it. */
	static int width(String s) {
		return org.report.dsl.text.DisplayWidth.of(s);
	}
}
