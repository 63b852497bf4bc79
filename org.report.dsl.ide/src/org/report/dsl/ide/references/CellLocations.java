package org.report.dsl.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.ide.source.NarrativeReferences;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Row;

/** Where a cell is defined in the source, and where narrative refers to it. */
final class CellLocations {

	private CellLocations() {
	}

	/**
	 * The node that defines the cell: the written cell; for a cell not written, the row that would hold
	 * it, else the table, else the section heading.
	 */
	static INode definition(ReportData data, CellRef cell) {
		TableData table = data.table(cell.table());
		CellEntry entry = table.cells().get(cell);
		if (entry != null) {
			return NodeModelUtils.findActualNodeFor(entry.owner());
		}
		if (table.source() != null) {
			for (Row row : table.source().getRows()) {
				if (row.getLabel() != null && data.index().row(cell.table(), row.getLabel()).map(LabelMatch::def)
						.map(RowDef::id).orElse("").equals(cell.row().id())) {
					return NodeModelUtils.findActualNodeFor(row);
				}
			}
			return NodeModelUtils.findActualNodeFor(table.source());
		}
		for (SectionEntry s : data.sections()) {
			if (s.def().table() != null && s.def().table().id().equals(cell.table().id())) {
				return NodeModelUtils.findActualNodeFor(s.block());
			}
		}
		return null;
	}

	/** The narrative references that resolve to the cell (or, with a null column, to any cell of its row). */
	static List<NarrativeReferences.Located> references(ReportData data, CellRef cell, boolean wholeRow) {
		List<NarrativeReferences.Located> result = new ArrayList<>();
		for (NarrativeReferences.Located ref : NarrativeReferences.of(data)) {
			CellRef target = ref.cell();
			if (target != null && (wholeRow ? sameRow(target, cell) : target.equals(cell))) {
				result.add(ref);
			}
		}
		return result;
	}

	static boolean sameRow(CellRef a, CellRef b) {
		return a.table().id().equals(b.table().id()) && a.row().id().equals(b.row().id());
	}

	static EObject owner(ReportData data, CellRef cell) {
		CellEntry entry = data.table(cell.table()).cells().get(cell);
		return entry == null ? null : entry.owner();
	}
}
