package org.report.dsl.ide.completion;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.LabelSource;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Table;

/** Inside a table: the rows of that table not yet written, the columns not yet written on the row, computed totals. */
final class TableProposals {

	void rows(ReportData data, CompletionSite site, Proposals out) {
		TableDef def = tableOf(data, site.table());
		if (def == null) {
			return;
		}
		Set<String> written = new HashSet<>();
		for (Row row : site.table().getRows()) {
			if (row.getLabel() != null && !row.getLabel().equals(site.prefix())) {
				data.index().row(def, row.getLabel()).ifPresent(m -> written.add(m.def().id()));
			}
		}
		for (RowDef row : def.rows()) {
			if (written.contains(row.id())) {
				continue;
			}
			String columns = String.join(" · ", row.columns().stream().map(ColumnDef::label).toList());
			String where = row.group() == null ? "" : row.group() + " ";
			out.add(row.label(), LabelSource.of(row.label()), LabelSource.of(row.label()), where + row.label(), columns,
					ContentAssistEntry.KIND_PROPERTY);
			for (String alias : row.aliases()) {
				out.add(alias, LabelSource.of(alias), alias, where + row.label(), columns, ContentAssistEntry.KIND_PROPERTY);
			}
		}
	}

	void columns(ReportData data, CompletionSite site, Proposals out) {
		TableDef def = tableOf(data, site.table());
		RowDef row = rowOf(data, def, site.lineTokens());
		if (row == null) {
			return;
		}
		Set<String> written = new HashSet<>();
		List<String> tokens = site.lineTokens();
		for (int i = 1; i < tokens.size(); i += 2) {
			data.index().column(def, row, unquote(tokens.get(i))).ifPresent(m -> written.add(m.def().id()));
		}
		for (ColumnDef column : row.columns()) {
			if (written.contains(column.id())) {
				continue;
			}
			String detail = (column.group() == null ? "" : column.group() + " · ") + column.label()
					+ (column.total() ? "（合计，可省略）" : "");
			out.add(column.label(), LabelSource.of(column.label()), column.label(), detail, ContentAssistEntry.KIND_FIELD);
			for (String alias : column.aliases()) {
				out.add(alias, LabelSource.of(alias), alias, detail, ContentAssistEntry.KIND_FIELD);
			}
		}
	}

	/** At the value of a total: the value computed from its addends. */
	void values(ReportData data, CompletionSite site, Proposals out) {
		TableDef def = tableOf(data, site.table());
		RowDef row = rowOf(data, def, site.lineTokens());
		if (row == null) {
			return;
		}
		List<String> tokens = site.lineTokens();
		Optional<LabelMatch<ColumnDef>> column = data.index().column(def, row, unquote(tokens.get(tokens.size() - 1)));
		if (column.isEmpty() || !(column.get().def().total() || row.isTotal())) {
			return;
		}
		CellRef cell = new CellRef(def, row, column.get().def());
		if (data.table(def).cells().containsKey(cell)) {
			return;
		}
		BigDecimal value = data.table(def).value(cell);
		out.add(value.toPlainString(), value.toPlainString(), value.toPlainString(), "合计：由各项计算",
				ContentAssistEntry.KIND_VALUE);
	}

	private static RowDef rowOf(ReportData data, TableDef def, List<String> tokens) {
		if (def == null || tokens.isEmpty()) {
			return null;
		}
		return data.index().row(def, unquote(tokens.get(0))).map(LabelMatch::def).orElse(null);
	}

	/** The definition of the table the cursor is in: that of the section its block belongs to. */
	static TableDef tableOf(ReportData data, Table table) {
		Object block = table.eContainer();
		for (SectionEntry s : data.sections()) {
			if (s.block() == block || s.parts().contains(block)) {
				return s.def().table();
			}
		}
		return null;
	}

	private static String unquote(String token) {
		return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
				? token.substring(1, token.length() - 1)
				: token;
	}

}
