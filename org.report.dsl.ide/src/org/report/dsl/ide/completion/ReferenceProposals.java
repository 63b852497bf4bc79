package org.report.dsl.ide.completion;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.LabelSource;
import org.report.dsl.model.ReportData;

/** Inside a narrative, after 「{」: the tables, then their rows, then the row's columns, each with its current value. */
final class ReferenceProposals {

	void propose(ReportData data, CompletionSite site, String following, Proposals out) {
		String[] parts = site.reference().split("[.．·]", -1);
		String close = following.startsWith("}") ? "" : "}";
		if (parts.length == 1) {
			for (TableDef t : data.format().tables()) {
				out.add(t.id(), t.id() + ".", "表" + t.id(), t.title(), ContentAssistEntry.KIND_MODULE);
			}
			return;
		}
		Optional<TableDef> table = data.format().table(parts[0].startsWith("表") ? parts[0].substring(1) : parts[0]);
		if (table.isEmpty()) {
			return;
		}
		if (parts.length == 2) {
			for (RowDef row : table.get().rows()) {
				boolean single = row.columns().size() == 1;
				String detail = row.label() + (single ? " = " + value(data, table.get(), row, row.columns().get(0)) : "");
				String suffix = single ? close : ".";
				out.add(row.label(), LabelSource.of(row.label()) + suffix, LabelSource.of(row.label()), detail,
						ContentAssistEntry.KIND_REFERENCE);
				for (String alias : row.aliases()) {
					out.add(alias, alias + suffix, alias, detail, ContentAssistEntry.KIND_REFERENCE);
				}
			}
			return;
		}
		if (parts.length == 3) {
			Optional<RowDef> row = data.index().row(table.get(), parts[1]).map(LabelMatch::def);
			if (row.isEmpty()) {
				return;
			}
			for (ColumnDef column : row.get().columns()) {
				String detail = row.get().ref() + "·" + column.label() + " = " + value(data, table.get(), row.get(), column);
				out.add(column.label(), LabelSource.of(column.label()) + close, column.label(), detail,
						ContentAssistEntry.KIND_REFERENCE);
				for (String alias : column.aliases()) {
					out.add(alias, alias + close, alias, detail, ContentAssistEntry.KIND_REFERENCE);
				}
			}
		}
	}

	private static String value(ReportData data, TableDef table, RowDef row, ColumnDef column) {
		BigDecimal v = data.table(table).value(new CellRef(table, row, column));
		return v.toPlainString();
	}
}
