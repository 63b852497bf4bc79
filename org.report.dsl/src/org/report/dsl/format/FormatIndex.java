package org.report.dsl.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Label look-ups over one {@link ReportFormat}, built once per format (by {@link FormatCatalog}). */
public final class FormatIndex {

	private final ReportFormat format;
	private final Labels.Index<SectionLabel> sections;
	private final Map<String, Labels.Index<RowDef>> rowsByTable = new HashMap<>();
	private final Map<String, Set<String>> groupsByTable = new HashMap<>();
	private final Map<String, Labels.Index<ColumnDef>> columnsByRow = new HashMap<>();

	FormatIndex(ReportFormat format) {
		this.format = format;
		this.sections = new Labels.Index<>(format.sections().stream().map(SectionLabel::new).toList());
		for (TableDef t : format.tables()) {
			rowsByTable.put(t.id(), new Labels.Index<>(t.rows()));
			Set<String> groups = new HashSet<>();
			t.rows().stream().map(RowDef::group).filter(g -> g != null).forEach(g -> groups.add(Labels.key(g)));
			t.rows().stream().map(RowDef::block).filter(g -> g != null).forEach(g -> groups.add(Labels.key(g)));
			ReportFormats.GROUP_LABELS.forEach(g -> groups.add(Labels.key(g)));
			groupsByTable.put(t.id(), groups);
			for (RowDef r : t.rows()) {
				columnsByRow.put(t.id() + "/" + r.id(), new Labels.Index<>(r.columns()));
			}
		}
	}

	/** The index of the format in force for {@code version} (see {@link FormatCatalog}). */
	public static FormatIndex of(FormatVersion version) {
		return FormatCatalog.index(version);
	}

	public ReportFormat format() {
		return format;
	}

	/** The section a heading names (exactly, or as a known variant). */
	public Optional<LabelMatch<SectionDef>> section(String heading) {
		return sections.find(heading).map(m -> new LabelMatch<>(m.def().section(), m.kind()));
	}

	public Optional<LabelMatch<RowDef>> row(TableDef table, String label) {
		return rowsByTable.get(table.id()).find(label);
	}

	/** Whether the label is a header or group label of the table (such as （三）不予公开), which has no values. */
	public boolean isGroupLabel(TableDef table, String label) {
		return groupsByTable.get(table.id()).contains(Labels.key(label));
	}

	public Optional<LabelMatch<ColumnDef>> column(TableDef table, RowDef row, String label) {
		return columnsByRow.get(table.id() + "/" + row.id()).find(label);
	}

	/** A section seen as a labelled thing; the key drops the numeral, which S1 checks on its own. */
	private record SectionLabel(SectionDef section) implements Labelled {
		@Override
		public String id() {
			return section.numeral();
		}

		@Override
		public String label() {
			return section.label();
		}

		@Override
		public List<String> aliases() {
			return List.of();
		}

		@Override
		public List<String> variants() {
			return section.variants();
		}
	}
}
