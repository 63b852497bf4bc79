package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Row;

/** S2 单元格重复: the named cell written a second time is removed (the first one is the one read). */
final class DuplicateCellFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		EObject element = context.elementAt(diagnostic);
		if (!(element instanceof Cell cell) || !(cell.eContainer() instanceof Row row)) {
			return List.of();
		}
		CellRef ref = resolve(context, row, cell);
		CellEntry kept = ref == null ? null : context.data().table(ref.table()).cells().get(ref);
		if (kept == null || kept.owner() == cell) {
			return List.of();
		}
		INode node = NodeModelUtils.findActualNodeFor(cell);
		String text = context.document().getContents();
		int from = node.getOffset();
		while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
			from--;
		}
		return List.of(context.quickFix("删除重复的单元格 " + ref.display(), diagnostic,
				context.replace(from, node.getEndOffset(), "")));
	}

	private static CellRef resolve(FixContext context, Row row, Cell cell) {
		EObject block = row.eContainer() == null ? null : row.eContainer().eContainer();
		for (SectionEntry s : context.data().sections()) {
			TableDef def = s.def().table();
			if (def != null && (s.block() == block || s.parts().contains(block))) {
				RowDef rowDef = context.data().index().row(def, row.getLabel()).map(LabelMatch::def).orElse(null);
				ColumnDef column = rowDef == null ? null
						: context.data().index().column(def, rowDef, cell.getColumn()).map(LabelMatch::def).orElse(null);
				return column == null ? null : new CellRef(def, rowDef, column);
			}
		}
		return null;
	}
}
