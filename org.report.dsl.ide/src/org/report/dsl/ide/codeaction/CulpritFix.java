package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.report.dsl.calc.Culprits;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.format.Relation;
import org.report.dsl.format.Rule;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.TableData;

/**
 * R1–R4: the cell the failing relations share ({@link Culprits}) set to the value that makes all of
 * them hold — the other side of {@link TotalFix}, which sets the total. Offered on each diagnostic
 * the culprit explains, when the report writes the culprit and one value satisfies every failure;
 * not when the culprit is this finding's own total set to its computed value (that is {@link TotalFix}).
 */
final class CulpritFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		Rule rule = FixContext.rule(diagnostic);
		String message = diagnostic.getMessage() == null ? null
				: diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
		for (TableData table : context.data().tables().values()) {
			for (Discrepancy d : table.totals().discrepancies()) {
				if (d.rule() != rule || !d.message().equals(message)) {
					continue;
				}
				Culprits.Suspect s = Culprits.of(table.def(), table.totals(), d).orElse(null);
				if (s == null || s.culprit() == null || s.value() == null) {
					return List.of();
				}
				CellEntry entry = table.cells().get(s.culprit());
				boolean sameAsTotalFix = d.relation().kind() == Relation.Kind.SUM && d.relation().total().equals(s.culprit())
						&& d.right().equals(s.value());
				if (entry == null || entry.notApplicable() || sameAsTotalFix) {
					return List.of();
				}
				String value = s.value().toString();
				String holds = s.failures().size() > 1 ? "，" + s.failures().size() + " 处勾稽关系均成立" : "";
				return List.of(context.quickFix("将 " + s.culprit().display() + " 改为 " + value + holds, diagnostic,
						context.replace(Nodes.node(entry.value(), null), value)));
			}
		}
		return List.of();
	}
}
