package org.report.dsl.importer.solve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.PreviousYear;

/**
 * X1 and X2 as tie-breakers, from the same organ's report for the year before: this year's 上年结转
 * equals last year's 结转下年度继续办理 (table 三); 现行有效件数 − 本年制发 + 本年废止 equals last year's
 * 现行有效件数 (table 二, both reports in the 2021 layout).
 */
public final class CrossYear {

	private CrossYear() {
	}

	public static List<TieBreaker> of(TableDef table, FormatVersion version, PreviousYear previous, int year) {
		List<TieBreaker> ties = new ArrayList<>();
		if (previous == null || year == 0 || previous.year() != year - 1) {
			return ties;
		}
		String source = "上年报告（" + previous.path() + "）";
		if (table.id().equals("三")) {
			RowDef carriedIn = table.row("CARRIED_OVER").orElseThrow();
			for (ColumnDef c : carriedIn.columns()) {
				BigDecimal before = previous.value("三", "CARRIED_FORWARD", c.id());
				if (before != null) {
					ties.add(new TieBreaker("X1（" + source + "的结转下年）",
							LinearConstraint.equal("X1", new CellRef(table, carriedIn, c), before.longValueExact())));
				}
			}
		} else if (table.id().equals("二") && version == FormatVersion.V2021 && previous.version() == FormatVersion.V2021) {
			for (String rowId : new String[] { "RULES", "NORMATIVE_DOCUMENTS" }) {
				RowDef row = table.row(rowId).orElseThrow();
				BigDecimal before = previous.value("二", rowId, "IN_FORCE");
				if (before != null) {
					ties.add(new TieBreaker("X2（" + source + "的现行有效件数）", new LinearConstraint("X2",
							List.of(new CellRef(table, row, row.column("IN_FORCE")), new CellRef(table, row, row.column("ISSUED")),
									new CellRef(table, row, row.column("REPEALED"))),
							new int[] { 1, -1, 1 }, before.longValueExact())));
				}
			}
		}
		return ties;
	}
}
