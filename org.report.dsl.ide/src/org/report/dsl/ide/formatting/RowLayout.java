package org.report.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Value;
import org.report.dsl.text.DisplayWidth;

/**
 * A row as the formatter sees it: the label, then for a positional row the colon and its values, for
 * a named row its cells (column and value) — each an indivisible unit between which only whitespace is laid out.
 */
record RowLayout(Row row, INode label, INode colon, List<INode> units, boolean positional) {

	static RowLayout of(Row row) {
		INode label = Nodes.node(row, Literals.ROW__LABEL);
		List<INode> units = new ArrayList<>();
		INode colon = null;
		if (!row.getValues().isEmpty()) {
			for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(row).getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword k && (k.getValue().equals(":") || k.getValue().equals("："))) {
					colon = leaf;
					break;
				}
			}
			for (Value v : row.getValues()) {
				units.add(NodeModelUtils.findActualNodeFor(v));
			}
		} else {
			for (Cell c : row.getCells()) {
				units.add(Nodes.node(c, Literals.CELL__COLUMN));
				units.add(NodeModelUtils.findActualNodeFor(c.getValue()));
			}
		}
		return new RowLayout(row, label, colon, units, !row.getValues().isEmpty());
	}

	/** The units of a named row grouped as cells: 「自然人 71」. */
	int cellCount() {
		return positional ? units.size() : units.size() / 2;
	}

	int width(int cell) {
		if (positional) {
			return DisplayWidth.of(text(units.get(cell)));
		}
		return DisplayWidth.of(text(units.get(2 * cell))) + 1 + DisplayWidth.of(text(units.get(2 * cell + 1)));
	}

	int labelWidth() {
		return DisplayWidth.of(text(label));
	}

	/** A node's own text: from its first to its last token (getText() would include the comments before it). */
	static String text(INode node) {
		return node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
	}

	boolean complete() {
		return label != null && units.stream().allMatch(u -> u != null) && (!positional || colon != null);
	}
}
