package org.report.dsl.tests.importer.solve;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.solve.Candidate;
import org.report.dsl.importer.solve.CellValue;
import org.report.dsl.importer.solve.LinearConstraint;

/** Hand-built inputs of the solver's tests: a table's rules, a row's cells, values as printed. */
final class SolverInputs {

	private SolverInputs() {
	}

	/** 表三 收到和处理政府信息公开申请情况 (R1–R3). */
	static final TableDef T3 = ReportFormats.V2021.table3();
	/** 表四 政府信息公开行政复议、行政诉讼情况 (R4). */
	static final TableDef T4 = ReportFormats.V2021.table4();

	/** The equalities among the table's relations, as the importer uses them (R6's ≤ is none). */
	static List<LinearConstraint> rules(TableDef table) {
		return table.relations().stream().map(LinearConstraint::of).filter(Objects::nonNull).toList();
	}

	/** A row's cells in official order. */
	static List<CellRef> cells(TableDef table, String row) {
		RowDef r = table.row(row).orElseThrow();
		return r.columns().stream().map(c -> new CellRef(table, r, c)).toList();
	}

	static CellRef cell(TableDef table, String row, String column) {
		RowDef r = table.row(row).orElseThrow();
		return new CellRef(table, r, r.column(column));
	}

	/** Values as printed, separated by spaces: digits, 「_」 for a blank cell, 「/」. */
	static List<CellValue> printed(String values) {
		return Arrays.stream(values.split(" ")).map(v -> switch (v) {
		case "_" -> CellValue.BLANK;
		case "/" -> CellValue.NOT_APPLICABLE;
		default -> CellValue.number(v);
		}).toList();
	}

	static List<String> displays(List<Candidate> candidates) {
		return candidates.stream().map(Candidate::display).toList();
	}
}
