package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.format.Relation;
import org.report.dsl.format.Rule;
import org.report.dsl.ide.source.CellAt;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.CellEntry;

/**
 * R2, R3, R4: a written total that is not the sum of its addends is replaced by the computed value
 * (the datum). Only when the finding sits on the total itself: when an addend is where the
 * finding is, nothing says which cell is wrong.
 */
final class TotalFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		CellEntry entry = CellAt.of(context.data(), context.elementAt(diagnostic));
		if (entry == null || entry.notApplicable()) {
			return List.of();
		}
		Rule rule = FixContext.rule(diagnostic);
		for (Discrepancy d : context.data().table(entry.cell().table()).totals().discrepancies()) {
			if (d.rule() == rule && d.relation().kind() == Relation.Kind.SUM
					&& d.relation().total().equals(entry.cell())) {
				String computed = d.right().toString();
				String datum = FixContext.data(diagnostic);
				if (datum != null && !datum.equals(computed)) {
					continue; // the diagnostic is from another state of the document
				}
				return List.of(context.quickFix("将合计 " + entry.cell().display() + " 改为计算值 " + computed, diagnostic,
						context.replace(Nodes.node(entry.value(), null), computed)));
			}
		}
		return List.of();
	}
}
