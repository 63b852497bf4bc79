package org.report.dsl.narrative;

import java.math.BigDecimal;
import java.util.Optional;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;

/** Resolves a narrative reference to a cell of the report and its value. */
public final class ReferenceResolver {

	/** A resolved reference, or why it does not resolve. */
	public record Resolution(CellRef cell, BigDecimal value, String error) {
		public boolean ok() {
			return error == null;
		}
	}

	public Resolution resolve(ReportData data, Segment.Reference ref) {
		Optional<TableDef> table = data.format().table(ref.table());
		if (table.isEmpty()) {
			return fail("没有「表" + ref.table() + "」；可引用的表为 二、三、四");
		}
		Optional<LabelMatch<RowDef>> row = data.index().row(table.get(), ref.row());
		if (row.isEmpty()) {
			return fail("表" + ref.table() + "没有「" + ref.row() + "」这一行");
		}
		RowDef rowDef = row.get().def();
		ColumnDef column;
		if (ref.column() == null) {
			if (rowDef.columns().size() != 1) {
				return fail("「" + rowDef.ref() + "」有 " + rowDef.columns().size() + " 列，引用须写明列，如 {" + ref.table() + "."
						+ ref.row() + "." + rowDef.columns().get(rowDef.columns().size() - 1).label() + "}");
			}
			column = rowDef.columns().get(0);
		} else {
			Optional<LabelMatch<ColumnDef>> c = data.index().column(table.get(), rowDef, ref.column());
			if (c.isEmpty()) {
				return fail("「" + rowDef.ref() + "」没有「" + ref.column() + "」列");
			}
			column = c.get().def();
		}
		CellRef cell = new CellRef(table.get(), rowDef, column);
		TableData values = data.table(table.get());
		return new Resolution(cell, values.value(cell), null);
	}

	private static Resolution fail(String message) {
		return new Resolution(null, null, message);
	}
}
