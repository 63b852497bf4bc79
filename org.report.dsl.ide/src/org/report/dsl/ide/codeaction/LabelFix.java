package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.report.dsl.ide.source.LabelSource;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;

/** S1, S2: a heading, row or column written as a variant (or misnumbered) becomes the official label (the datum). */
final class LabelFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		String official = FixContext.data(diagnostic);
		EObject element = context.elementAt(diagnostic);
		if (official == null || element == null) {
			return List.of();
		}
		EStructuralFeature feature = element instanceof Block ? Literals.BLOCK__HEADING
				: element instanceof Row ? Literals.ROW__LABEL : element instanceof Cell ? Literals.CELL__COLUMN : null;
		if (feature == null) {
			return List.of();
		}
		INode node = Nodes.node(element, feature);
		String text = element instanceof Block ? official : LabelSource.of(official);
		return List.of(context.quickFix("改为正式用语「" + official + "」", diagnostic, context.replace(node, text)));
	}
}
