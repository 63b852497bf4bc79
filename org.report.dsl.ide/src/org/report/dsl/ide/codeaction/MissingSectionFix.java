package org.report.dsl.ide.codeaction;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.format.SectionDef;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Report;

/**
 * S1 缺少…: inserts each missing section in its place, with an empty table or narrative to fill in:
 * before the next section present, else after the last block.
 */
final class MissingSectionFix implements QuickFix {

	@Override
	public List<CodeAction> fix(FixContext context, Diagnostic diagnostic) {
		if (diagnostic.getMessage() == null || !diagnostic.getMessage().isLeft() || !diagnostic.getMessage().getLeft().startsWith("缺少")) {
			return List.of();
		}
		List<CodeAction> actions = new ArrayList<>();
		List<TextEdit> all = new ArrayList<>();
		for (SectionDef def : context.data().format().sections()) {
			if (context.data().sections().stream().noneMatch(s -> s.def().number() == def.number())) {
				TextEdit edit = insertion(context, def);
				all.add(edit);
				actions.add(context.quickFix("插入缺少的部分「" + def.label() + "」", diagnostic, edit));
			}
		}
		if (all.size() > 1) {
			actions.add(0, context.action("插入全部缺少的部分（" + all.size() + " 个）", org.eclipse.lsp4j.CodeActionKind.QuickFix,
					diagnostic, all));
		}
		return actions;
	}

	static String skeleton(SectionDef def) {
		String body = def.table() != null ? "{\n}" : "\"\"\"\n\n\"\"\"";
		return def.label() + "\n" + body + "\n";
	}

	private static TextEdit insertion(FixContext context, SectionDef def) {
		for (SectionEntry s : context.data().sections()) {
			if (s.def().number() > def.number()) {
				INode next = NodeModelUtils.findActualNodeFor(s.block());
				return context.insert(next.getOffset(), skeleton(def) + "\n");
			}
		}
		Report report = context.data().report();
		List<Block> blocks = report.getBlocks();
		INode last = blocks.isEmpty() ? NodeModelUtils.findActualNodeFor(report)
				: NodeModelUtils.findActualNodeFor(blocks.get(blocks.size() - 1));
		if (report.getTrailer() != null) {
			INode trailer = NodeModelUtils.findNodesForFeature(report,
					org.report.dsl.reportDsl.ReportDslPackage.Literals.REPORT__TRAILER).get(0);
			last = trailer;
			// the trailer keyword precedes its narrative: insert before the keyword
			int keyword = context.document().getContents().lastIndexOf("结尾", trailer.getOffset());
			return context.insert(keyword, skeleton(def) + "\n");
		}
		return context.insert(last.getEndOffset(), "\n\n" + skeleton(def).stripTrailing());
	}
}
