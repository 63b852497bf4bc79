package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.importer.solve.CellValue;
import org.report.dsl.importer.solve.DigitRun;

/**
 * Published values and the cells they fill, in official order: one row's cells after its label, a
 * group's rows after a group label that has no sub-item labels, or (table 四) the whole table after its
 * header. A run with no values stands for a row the text does not print.
 */
final class CellRun {

	final String name;
	/** The cells, in official order (set once the table's columns are known). */
	List<CellRef> cells = List.of();
	final List<TableToken> values = new ArrayList<>();
	/** The row label, or the label the values follow; null for a row the text does not print. */
	final TableToken anchor;
	/** The rows the cells belong to, in order. */
	final List<RowDef> rows;
	/** The text stops inside this run: missing cells are lost, not blank. */
	boolean atCut;
	/** Why the row is not printed is already reported (a group printed as one row). */
	boolean explained;
	/** The known variant label the row is printed with, or null. */
	String variant;

	CellRun(String name, List<RowDef> rows, TableToken anchor) {
		this.name = name;
		this.rows = rows;
		this.anchor = anchor;
	}

	/** A row the text does not print at all. */
	boolean absent() {
		return anchor == null && values.isEmpty();
	}

	/** Input offset where the run's text starts (its label, else its first value). */
	int offset() {
		return anchor != null ? anchor.start() : values.isEmpty() ? 0 : values.get(0).start();
	}

	/** The values as printed, for messages: 「713000074」 or 「0 1 1 0 2」. */
	String printed() {
		StringBuilder b = new StringBuilder();
		for (TableToken t : values) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(t.kind() == TableToken.Kind.BLANK ? "（空白）" : t.text());
		}
		return b.toString();
	}

	/** The run as the solver reads it: its cells and the values as printed. */
	DigitRun digits() {
		if (absent()) {
			return DigitRun.absent(cells);
		}
		List<CellValue> printed = values.stream().map(CellRun::value).toList();
		return atCut ? DigitRun.atCut(cells, printed) : DigitRun.of(cells, printed);
	}

	private static CellValue value(TableToken t) {
		return switch (t.kind()) {
		case BLANK -> CellValue.BLANK;
		case NOT_APPLICABLE -> CellValue.NOT_APPLICABLE;
		default -> CellValue.number(t.text());
		};
	}
}
