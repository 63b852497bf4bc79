package org.report.dsl.ide.codeaction;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.format.Labels;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;

/**
 * Section 一 conventionally has five parts（（一）主动公开 … （五）监督保障）; no rule requires them, so
 * inserting a missing one is offered as a rewrite wherever the cursor is in section 一, not as a fix.
 */
final class MissingPartFix {

	List<CodeAction> actions(FixContext context, Range range) {
		int offset = context.document().getOffSet(range.getStart());
		for (SectionEntry s : context.data().sections()) {
			if (s.def().number() == 1 && contains(context, s, offset)) {
				return missing(context, s);
			}
		}
		return List.of();
	}

	private static boolean contains(FixContext context, SectionEntry s, int offset) {
		INode first = NodeModelUtils.findActualNodeFor(s.block());
		Block lastBlock = s.parts().isEmpty() ? s.block() : s.parts().get(s.parts().size() - 1);
		INode last = NodeModelUtils.findActualNodeFor(lastBlock);
		return offset >= first.getOffset() && offset <= last.getEndOffset();
	}

	private static List<CodeAction> missing(FixContext context, SectionEntry section) {
		List<CodeAction> actions = new ArrayList<>();
		List<String> labels = context.data().format().partLabels();
		for (int i = 0; i < labels.size(); i++) {
			String numbering = numbering(labels.get(i));
			if (section.parts().stream().anyMatch(p -> numbering(p.getHeading()).equals(numbering))) {
				continue;
			}
			int at = insertionPoint(section, i, labels);
			String text = labels.get(i) + "\n\"\"\"\n\n\"\"\"\n";
			int end = NodeModelUtils.findActualNodeFor(section.parts().isEmpty() ? section.block()
					: section.parts().get(section.parts().size() - 1)).getEndOffset();
			actions.add(context.action("插入小标题「" + labels.get(i) + "」", CodeActionKind.RefactorRewrite, null,
					List.of(at == end ? context.insert(at, "\n" + text.stripTrailing()) : context.insert(at, text))));
		}
		return actions;
	}

	/** Before the first present part that comes later in the conventional order, else after the last block of 一. */
	private static int insertionPoint(SectionEntry section, int index, List<String> labels) {
		for (Block part : section.parts()) {
			int order = labels.stream().map(MissingPartFix::numbering).toList().indexOf(numbering(part.getHeading()));
			if (order > index) {
				return NodeModelUtils.findActualNodeFor(part).getOffset();
			}
		}
		Block last = section.parts().isEmpty() ? section.block() : section.parts().get(section.parts().size() - 1);
		return NodeModelUtils.findActualNodeFor(last).getEndOffset();
	}

	private static String numbering(String heading) {
		String canonical = Labels.canonical(heading == null ? "" : heading);
		int close = canonical.indexOf('）');
		return canonical.startsWith("（") && close > 0 ? canonical.substring(0, close + 1) : canonical;
	}
}
