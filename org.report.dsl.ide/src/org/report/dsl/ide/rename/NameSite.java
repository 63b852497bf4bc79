package org.report.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.NarrativeReferences;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Content;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Table;

/**
 * A place where a row or column is named: a row label, a cell's column, or the row or column part of
 * a narrative reference — with what it names.
 *
 * @param column the column named, or null when the site names a row
 */
record NameSite(int offset, int end, String written, TableDef table, RowDef row, ColumnDef column,
		boolean inReference) {

	String official() {
		return column == null ? row.label() : column.label();
	}

	boolean sameTarget(NameSite other) {
		return table.id().equals(other.table.id()) && (column == null
				? other.column == null && row.id().equals(other.row.id())
				: other.column != null && column.id().equals(other.column.id()));
	}

	/** Whether the name denotes the same row (or column of that row) as this site. */
	boolean sameThing(ReportData data, String name) {
		if (column == null) {
			return data.index().row(table, name).map(m -> m.def().id().equals(row.id())).orElse(false);
		}
		return data.index().column(table, row, name).map(m -> m.def().id().equals(column.id())).orElse(false);
	}

	static NameSite at(ReportData data, XtextResource resource, int offset) {
		for (NameSite s : all(data, resource)) {
			if (offset >= s.offset() && offset <= s.end()) {
				return s;
			}
		}
		return null;
	}

	/** Every naming site of the report, in tables and in narrative references. */
	static List<NameSite> all(ReportData data, XtextResource resource) {
		List<NameSite> sites = new ArrayList<>();
		for (SectionEntry s : data.sections()) {
			TableDef def = s.def().table();
			if (def == null) {
				continue;
			}
			List<Block> blocks = new ArrayList<>(s.parts());
			blocks.add(0, s.block());
			for (Block b : blocks) {
				for (Content c : b.getContents()) {
					if (c instanceof Table t) {
						tableSites(data, def, t, sites);
					}
				}
			}
		}
		String text = resource.getParseResult().getRootNode().getText();
		for (NarrativeReferences.Located ref : NarrativeReferences.of(data)) {
			if (ref.resolution().ok()) {
				referenceSites(text, ref, sites);
			}
		}
		return sites;
	}

	private static void tableSites(ReportData data, TableDef def, Table table, List<NameSite> sites) {
		for (Row row : table.getRows()) {
			Optional<RowDef> rowDef = row.getLabel() == null ? Optional.empty()
					: data.index().row(def, row.getLabel()).map(LabelMatch::def);
			if (rowDef.isEmpty()) {
				continue;
			}
			INode label = Nodes.node(row, Literals.ROW__LABEL);
			sites.add(new NameSite(label.getOffset(), label.getEndOffset(), row.getLabel(), def, rowDef.get(), null, false));
			for (Cell cell : row.getCells()) {
				Optional<ColumnDef> column = cell.getColumn() == null ? Optional.empty()
						: data.index().column(def, rowDef.get(), cell.getColumn()).map(LabelMatch::def);
				if (column.isPresent()) {
					INode node = Nodes.node(cell, Literals.CELL__COLUMN);
					sites.add(new NameSite(node.getOffset(), node.getEndOffset(), cell.getColumn(), def, rowDef.get(),
							column.get(), false));
				}
			}
		}
	}

	/** The row and column parts of {表.行.列}, located by the separators in the raw text. */
	private static void referenceSites(String text, NarrativeReferences.Located ref, List<NameSite> sites) {
		String raw = text.substring(ref.offset(), ref.end());
		int[] separators = new int[2];
		int found = 0;
		for (int i = 0; i < raw.length() && found < 2; i++) {
			if (".．·".indexOf(raw.charAt(i)) >= 0) {
				separators[found++] = i;
			}
		}
		int rowStart = separators[0] + 1;
		int rowEnd = found > 1 ? separators[1] : raw.length() - 1;
		add(sites, ref, ref.offset() + rowStart, raw.substring(rowStart, rowEnd), null);
		if (found > 1) {
			add(sites, ref, ref.offset() + separators[1] + 1, raw.substring(separators[1] + 1, raw.length() - 1),
					ref.cell().column());
		}
	}

	private static void add(List<NameSite> sites, NarrativeReferences.Located ref, int start, String part, ColumnDef column) {
		int lead = part.length() - part.stripLeading().length();
		String name = part.strip();
		sites.add(new NameSite(start + lead, start + lead + name.length(), name, ref.cell().table(), ref.cell().row(),
				column, true));
	}
}
