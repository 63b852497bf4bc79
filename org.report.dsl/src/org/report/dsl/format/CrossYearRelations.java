package org.report.dsl.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The 勾稽关系 across years (format.md, X1 and X2) between a report and the same organ's report for
 * the year before, as data.
 * <ul>
 * <li>X1, per column of table 三: 本年「二、上年结转」= 上年「四、结转下年度继续办理」; it holds between any two
 * versions (from a 2020 report to a 2021 report too).</li>
 * <li>X2, per row of table 二 that has 本年制发件数, 本年废止件数 and 现行有效件数 (规章, 行政规范性文件):
 * 现行有效件数 − 本年制发 + 本年废止 = 上年现行有效件数; only when both reports use the 2021 layout.</li>
 * </ul>
 */
public final class CrossYearRelations {

	private CrossYearRelations() {
	}

	/** The relations between a report in {@code current}'s layout and last year's in {@code previous}'s. */
	public static List<CrossYearRelation> between(ReportFormat previous, ReportFormat current) {
		List<CrossYearRelation> relations = new ArrayList<>(carryOver(previous, current));
		if (previous.version() == FormatVersion.V2021 && current.version() == FormatVersion.V2021) {
			relations.addAll(documentsInForce(previous, current));
		}
		return List.copyOf(relations);
	}

	/** X1: 本年「二、上年结转」[c] = 上年「四、结转下年度继续办理」[c]. */
	private static List<CrossYearRelation> carryOver(ReportFormat previous, ReportFormat current) {
		TableDef here = Table3.TABLE.in(current), there = Table3.TABLE.in(previous);
		RowDef carriedIn = Table3.CARRIED_OVER.in(current), carriedOut = Table3.CARRIED_FORWARD.in(previous);
		List<CrossYearRelation> relations = new ArrayList<>();
		for (ColumnDef column : carriedIn.columns()) {
			ColumnDef before = carriedOut.column(column.id());
			relations.add(new CrossYearRelation(Rule.X1, column.label(),
					List.of(new CrossYearRelation.Term(1, new CellRef(here, carriedIn, column),
							carriedIn.ref() + "、" + carriedIn.brief())),
					new CellRef(there, carriedOut, before), carriedOut.shortName()));
		}
		return relations;
	}

	/** X2: 现行有效件数 − 本年制发 + 本年废止 = 上年现行有效件数. */
	private static List<CrossYearRelation> documentsInForce(ReportFormat previous, ReportFormat current) {
		TableDef here = Table2.TABLE.in(current), there = Table2.TABLE.in(previous);
		List<CrossYearRelation> relations = new ArrayList<>();
		for (RowDef row : here.rows()) {
			ColumnDef inForce = Table2.IN_FORCE.of(row), issued = Table2.ISSUED.of(row),
					repealed = Table2.REPEALED.of(row);
			RowDef before = there.row(row.id()).orElse(null);
			if (inForce == null || issued == null || repealed == null || before == null
					|| Table2.IN_FORCE.of(before) == null) {
				continue;
			}
			relations.add(new CrossYearRelation(Rule.X2, row.label(),
					List.of(new CrossYearRelation.Term(1, new CellRef(here, row, inForce), inForce.label()),
							new CrossYearRelation.Term(-1, new CellRef(here, row, issued), countName(issued)),
							new CrossYearRelation.Term(1, new CellRef(here, row, repealed), countName(repealed))),
					new CellRef(there, before, Table2.IN_FORCE.of(before)), inForce.label()));
		}
		return relations;
	}

	/** 本年制发件数 → 本年制发: a count column's label without its unit. */
	private static String countName(ColumnDef column) {
		String unit = "件数";
		return column.label().endsWith(unit) ? column.label().substring(0, column.label().length() - unit.length())
				: column.label();
	}
}
