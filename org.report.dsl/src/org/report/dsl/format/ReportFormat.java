package org.report.dsl.format;

import java.util.List;
import java.util.Optional;

/** Everything the official layout of one version fixes: sections, tables, rows, columns, rules. */
public record ReportFormat(FormatVersion version, List<SectionDef> sections, List<String> partLabels,
		TableDef table2, TableDef table3, TableDef table4) {

	public List<TableDef> tables() {
		return List.of(table2, table3, table4);
	}

	public Optional<TableDef> table(String id) {
		return tables().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The table a typed constant names ({@link Table2#TABLE} …). */
	public TableDef table(TableId id) {
		return id.in(this);
	}

	/** The 勾稽关系 across years between last year's report in {@code previous}'s layout and this one (X1, X2). */
	public List<CrossYearRelation> crossYear(ReportFormat previous) {
		return CrossYearRelations.between(previous, this);
	}

	/** This format with {@code table} in place of the table with the same id (in its section too). */
	public ReportFormat withTable(TableDef table) {
		TableId which = TableId.of(table);
		List<SectionDef> newSections = sections.stream().map(s -> s.table() != null && which.is(s.table())
				? new SectionDef(s.number(), s.numeral(), s.label(), s.variants(), table)
				: s).toList();
		return new ReportFormat(version, newSections, partLabels, which == TableId.TABLE2 ? table : table2,
				which == TableId.TABLE3 ? table : table3, which == TableId.TABLE4 ? table : table4);
	}

	public SectionDef section(int number) {
		return sections.get(number - 1);
	}

	public static ReportFormat of(FormatVersion version) {
		return FormatCatalog.format(version);
	}
}
