package org.report.dsl.format;

import java.util.ArrayList;
import java.util.List;

/** Builds the 勾稽关系 of tables 三 and 四 (format.md, rules R1–R4 and R6) as data. */
final class Relations {

	private Relations() {
	}

	/**
	 * The 勾稽关系 the rows of a table imply: none for table 二; for table 三 R1–R3 and R6 over its named
	 * rows and the result rows under 三、本年度办理结果 (every row of the （七）总计 row's block but the total);
	 * for table 四 R4 per row.
	 */
	static List<Relation> of(TableDef table) {
		return switch (TableId.of(table)) {
		case TABLE2 -> List.of();
		case TABLE3 -> table3(table);
		case TABLE4 -> table4(table);
		};
	}

	private static List<Relation> table3(TableDef table) {
		RowDef received = row(table, Table3.NEW), carriedIn = row(table, Table3.CARRIED_OVER);
		RowDef total = row(table, Table3.RESULT_TOTAL), carriedOut = row(table, Table3.CARRIED_FORWARD);
		List<RowDef> results = table.rows().stream()
				.filter(r -> !r.isTotal() && r.block() != null && r.block().equals(total.block())).toList();
		List<ColumnDef> columns = received.columns();
		List<Relation> relations = new ArrayList<>();
		List<ColumnDef> applicants = columns.stream().filter(c -> !c.total()).toList();
		ColumnDef totalColumn = columns.stream().filter(ColumnDef::total).findFirst().orElseThrow();
		// R3: on every row, 总计 = Σ applicant columns.
		for (RowDef row : table.rows()) {
			relations.add(new Relation(Rule.R3, Relation.Kind.SUM, row.ref(), List.of(cell(table, row, totalColumn)),
					applicants.stream().map(c -> cell(table, row, c)).toList()));
		}
		for (ColumnDef c : columns) {
			// R2: （七）总计 = Σ result rows.
			relations.add(new Relation(Rule.R2, Relation.Kind.SUM, c.label(), List.of(cell(table, total, c)),
					results.stream().map(r -> cell(table, r, c)).toList()));
		}
		for (ColumnDef c : columns) {
			// R1: 一 + 二 = （七）总计 + 四.
			relations.add(new Relation(Rule.R1, Relation.Kind.EQUAL, c.label(),
					List.of(cell(table, received, c), cell(table, carriedIn, c)),
					List.of(cell(table, total, c), cell(table, carriedOut, c))));
		}
		for (ColumnDef c : columns) {
			// R6: 四 ≤ 一 + 二.
			relations.add(new Relation(Rule.R6, Relation.Kind.AT_MOST, c.label(), List.of(cell(table, carriedOut, c)),
					List.of(cell(table, received, c), cell(table, carriedIn, c))));
		}
		return List.copyOf(relations);
	}

	private static List<Relation> table4(TableDef table) {
		List<Relation> relations = new ArrayList<>();
		// R4: for 行政复议, 未经复议直接起诉, 复议后起诉: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
		for (RowDef row : table.rows()) {
			List<ColumnDef> parts = row.columns().stream().filter(c -> !c.total()).toList();
			ColumnDef totalColumn = row.columns().stream().filter(ColumnDef::total).findFirst().orElseThrow();
			relations.add(new Relation(Rule.R4, Relation.Kind.SUM, row.label(), List.of(cell(table, row, totalColumn)),
					parts.stream().map(c -> cell(table, row, c)).toList()));
		}
		return List.copyOf(relations);
	}

	private static RowDef row(TableDef table, RowKey key) {
		return table.row(key.id()).orElseThrow(() -> new IllegalArgumentException("table " + table.id() + " has no row " + key.id()));
	}

	private static CellRef cell(TableDef table, RowDef row, ColumnDef column) {
		return new CellRef(table, row, column);
	}
}
