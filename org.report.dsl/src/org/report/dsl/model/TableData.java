package org.report.dsl.model;

import java.math.BigDecimal;
import java.util.Map;

import org.report.dsl.calc.TotalsResult;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.TableDef;
import org.report.dsl.reportDsl.Table;

/**
 * A table as written, with its totals completed and checked.
 *
 * @param def     the table's definition
 * @param source  the table in the source, or null when the report omits it (all zeros)
 * @param cells   the written cells
 * @param totals  completed totals and discrepancies (tables 三 and 四; empty relations for 二)
 */
public record TableData(TableDef def, Table source, Map<CellRef, CellEntry> cells, TotalsResult totals) {

	/** The value of a cell: written, computed, or 0. */
	public BigDecimal value(CellRef cell) {
		CellEntry e = cells.get(cell);
		if (e != null && e.number() != null) {
			return e.number();
		}
		return new BigDecimal(totals.value(cell));
	}

	public boolean isComputed(CellRef cell) {
		return totals.computed().contains(cell);
	}
}
