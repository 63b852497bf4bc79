package org.report.dsl.publish.html;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;

/**
 * The stable ids of a page, shared by the renderers and by the placing of findings: {@code s1}…{@code s6}
 * for sections, {@code s1-e0}… for what a section holds (part headings, narrative), {@code t2}…{@code t4}
 * for tables, {@code t3-NEW} for rows and {@code t3-NEW-NATURAL_PERSON} for cells (format ids), and
 * {@code report-header}, {@code preamble}, {@code trailer}.
 */
final class Ids {

	static final String HEADER = "report-header";
	static final String PREAMBLE = "preamble";
	static final String TRAILER = "trailer";

	private Ids() {
	}

	/** t1 … t9, made once: a table's id is part of every cell's. */
	private static final String[] NUMBERED = { "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9" };

	/** t2, t3, t4 for tables 二, 三, 四: the number its layout declares. */
	static String table(TableDef table) {
		int number = table.layout().number();
		return number > 0 && number < NUMBERED.length ? NUMBERED[number] : number > 0 ? "t" + number : "t" + table.id();
	}

	static String row(TableDef table, RowDef row) {
		return table(table) + '-' + row.id();
	}

	static String cell(CellRef cell) {
		return table(cell.table()) + '-' + cell.row().id() + '-' + cell.column().id();
	}

	static String section(int number) {
		return "s" + number;
	}

	/** A part heading or a narrative of a section, by its index among the section's elements. */
	static String element(int section, int index) {
		return "s" + section + "-e" + index;
	}
}
