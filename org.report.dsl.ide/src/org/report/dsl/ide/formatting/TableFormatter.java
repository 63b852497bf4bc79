package org.report.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Table;

/**
 * Formatting aligns the cells of table rows: one row per line indented by two, labels padded to the
 * widest label of the table, positional values right-aligned in columns, the n-th cells of named rows
 * aligned. Only whitespace inside tables changes — never narrative, never a comment (it keeps its
 * place; the row after it is indented like the others) — so formatting twice changes nothing more.
 */
public class TableFormatter extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		List<TextEdit> edits = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return edits;
		}
		String text = document.getContents();
		for (Table table : EcoreUtil2.getAllContentsOfType(report, Table.class)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(table);
			if (node == null || node.getSyntaxErrorMessage() != null || hasSyntaxError(node)
					|| node.getEndOffset() < offset || node.getOffset() > offset + length) {
				continue;
			}
			new Layout(text, document, edits).table(table, node);
		}
		return edits;
	}

	private static boolean hasSyntaxError(ICompositeNode node) {
		for (INode n : node.getAsTreeIterable()) {
			if (n.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}

	/** Lays out one table, adding an edit for each whitespace run that differs from the layout. */
	private record Layout(String text, Document document, List<TextEdit> edits) {

		void table(Table table, ICompositeNode node) {
			int open = text.indexOf('{', node.getOffset());
			int close = text.lastIndexOf('}', node.getEndOffset() - 1);
			List<RowLayout> rows = new ArrayList<>();
			for (Row row : table.getRows()) {
				RowLayout layout = RowLayout.of(row);
				if (!layout.complete()) {
					return;
				}
				rows.add(layout);
			}
			if (rows.isEmpty()) {
				space(open + 1, close, " ");
				return;
			}
			int labelWidth = rows.stream().mapToInt(RowLayout::labelWidth).max().orElse(0);
			int[] positional = widths(rows, true), named = widths(rows, false);
			int previousEnd = open + 1;
			for (RowLayout r : rows) {
				space(previousEnd, r.label().getOffset(), "\n  ");
				previousEnd = row(r, labelWidth, r.positional() ? positional : named);
			}
			space(previousEnd, close, "\n");
		}

		/** The width of the n-th value (positional rows) or n-th cell (named rows), over the rows of that kind. */
		private static int[] widths(List<RowLayout> rows, boolean positional) {
			int[] widths = new int[rows.stream().mapToInt(RowLayout::cellCount).max().orElse(0)];
			for (RowLayout r : rows) {
				for (int i = 0; r.positional() == positional && i < r.cellCount(); i++) {
					widths[i] = Math.max(widths[i], r.width(i));
				}
			}
			return widths;
		}

		/** Lays out a row; returns where it ends. */
		private int row(RowLayout r, int labelWidth, int[] widths) {
			int pad = labelWidth - r.labelWidth();
			int end = r.label().getEndOffset();
			if (r.positional()) {
				space(end, r.colon().getOffset(), "");
				end = r.colon().getEndOffset();
				for (int i = 0; i < r.units().size(); i++) {
					INode unit = r.units().get(i);
					int align = widths[i] - r.width(i);
					space(end, unit.getOffset(), " ".repeat((i == 0 ? pad : 0) + 1 + align));
					end = unit.getEndOffset();
				}
				return end;
			}
			for (int i = 0; i < r.cellCount(); i++) {
				INode column = r.units().get(2 * i), value = r.units().get(2 * i + 1);
				int before = i == 0 ? pad + 1 : 1 + widths[i - 1] - r.width(i - 1);
				space(end, column.getOffset(), " ".repeat(before));
				space(column.getEndOffset(), value.getOffset(), " ");
				end = value.getEndOffset();
			}
			return end;
		}

		/**
		 * Replaces the whitespace between two offsets. When a comment is in it, the comment keeps its
		 * place and only the indentation after its line is laid out (what follows a line break in the
		 * layout).
		 */
		private void space(int from, int to, String layout) {
			if (from > to) {
				return;
			}
			String current = text.substring(from, to);
			if (!current.isBlank()) {
				int lineStart = current.lastIndexOf('\n') + 1;
				int layoutBreak = layout.lastIndexOf('\n');
				if (lineStart > 0 && layoutBreak >= 0 && current.substring(lineStart).isBlank()) {
					replace(from + lineStart, to, layout.substring(layoutBreak + 1));
				}
				return;
			}
			replace(from, to, layout);
		}

		private void replace(int from, int to, String layout) {
			if (text.substring(from, to).equals(layout)) {
				return;
			}
			edits.add(new TextEdit(new org.eclipse.lsp4j.Range(document.getPosition(from), document.getPosition(to)),
					layout));
		}
	}
}
