package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/** S4 on the header: the declared layout does not fit the year; it becomes the one the year requires. */
final class FormatFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		Report report = context.data().report();
		INode node = report.getFormat() == null ? null : Nodes.node(report, Literals.REPORT__FORMAT);
		if (node == null || context.document().getOffSet(diagnostic.getRange().getStart()) != node.getOffset()) {
			return List.of();
		}
		int year;
		try {
			year = Integer.parseInt(report.getYear());
		} catch (RuntimeException e) {
			return List.of();
		}
		String required = Integer.toString(FormatVersion.requiredFor(year).number());
		return List.of(context.quickFix("改为 " + required + " 年格式（" + FormatVersion.requiredFor(year).document() + "）",
				diagnostic, context.replace(node, required)));
	}
}
