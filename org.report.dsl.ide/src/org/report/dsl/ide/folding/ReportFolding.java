package org.report.dsl.ide.folding;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Table;

import com.google.inject.Inject;

/** Folding: each section (heading to its last part), each part, table and narrative, and block comments. */
public class ReportFolding implements IFoldingRangeProvider {

	@Inject
	private ReportAnalysis analysis;

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancel) {
		SortedSet<FoldingRange> ranges = new TreeSet<>((a, b) -> a.getOffset() != b.getOffset()
				? Integer.compare(a.getOffset(), b.getOffset())
				: Integer.compare(b.getLength(), a.getLength()));
		if (resource.getParseResult() == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return ranges;
		}
		for (SectionEntry s : analysis.of(report).sections()) {
			List<Block> parts = s.parts();
			add(ranges, NodeModelUtils.findActualNodeFor(s.block()),
					NodeModelUtils.findActualNodeFor(parts.isEmpty() ? s.block() : parts.get(parts.size() - 1)), null);
			for (Block part : parts) {
				INode node = NodeModelUtils.findActualNodeFor(part);
				add(ranges, node, node, null);
			}
		}
		for (Table t : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(report, Table.class)) {
			INode node = NodeModelUtils.findActualNodeFor(t);
			add(ranges, node, node, null);
		}
		for (Narrative n : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(report, Narrative.class)) {
			INode node = NodeModelUtils.findActualNodeFor(n);
			add(ranges, node, node, null);
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().startsWith("/*")) {
				add(ranges, leaf, leaf, FoldingRangeKind.COMMENT);
			}
		}
		return ranges;
	}

	private static void add(SortedSet<FoldingRange> ranges, INode first, INode last, FoldingRangeKind kind) {
		if (first == null || last == null) {
			return;
		}
		int end = last.getEndOffset();
		if (last.getText().endsWith("\n")) {
			end--;
		}
		if (last.getEndLine() > first.getStartLine()) {
			ranges.add(new FoldingRange(first.getOffset(), end - first.getOffset(), kind));
		}
	}
}
