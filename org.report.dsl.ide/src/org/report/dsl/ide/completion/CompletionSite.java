package org.report.dsl.ide.completion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.ide.source.LabelSource;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Table;

/**
 * Where the cursor is, as content assist needs it: at the start of a file, in the header, at a
 * heading, at a row, column or value of a table, or inside a narrative reference {表.行.列}. Read from
 * the parse tree and the current line, so that half-typed rows (which do not parse) still work.
 */
record CompletionSite(Kind kind, String prefix, Report report, Table table, List<String> lineTokens,
		String reference) {

	enum Kind {
		START, HEADER, HEADING, ROW, COLUMN, VALUE, REFERENCE, NONE
	}

	static CompletionSite at(XtextResource resource, String text, int offset) {
		String prefix = prefix(text, offset);
		int prefixStart = offset - prefix.length();
		Report report = resource.getContents().isEmpty() ? null
				: resource.getContents().get(0) instanceof Report r ? r : null;
		ICompositeNode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		ILeafNode leaf = root == null ? null : NodeModelUtils.findLeafNodeAtOffset(root, Math.max(0, offset - 1));
		if (leaf != null && leaf.getOffset() < offset && offset < leaf.getEndOffset()) {
			String token = leaf.getText();
			if (token.startsWith("\"\"\"")) {
				return inNarrative(text, offset, leaf, report);
			}
			if (token.startsWith("//") || token.startsWith("/*") || token.startsWith("\"")) {
				return none(prefix);
			}
		}
		if (text.substring(0, prefixStart).replaceAll("(?s)//[^\n]*|/\\*.*?\\*/", "").isBlank()) {
			return new CompletionSite(Kind.START, prefix, report, null, List.of(), null);
		}
		if (report == null) {
			return none(prefix);
		}
		Table table = tableAt(report, offset);
		if (table != null) {
			return inTable(text, prefixStart, prefix, report, table);
		}
		String before = text.substring(text.lastIndexOf('\n', prefixStart - 1) + 1, prefixStart);
		if (!before.isBlank()) {
			return none(prefix);
		}
		boolean header = report.getBlocks().isEmpty()
				|| prefixStart <= NodeModelUtils.findActualNodeFor(report.getBlocks().get(0)).getOffset();
		return new CompletionSite(header ? Kind.HEADER : Kind.HEADING, prefix, report, null, List.of(), null);
	}

	/** The name being typed: the characters before the cursor that can be part of a name or number. */
	static String prefix(String text, int offset) {
		int start = offset;
		while (start > 0 && (LabelSource.isNamePart(text.charAt(start - 1)))) {
			start--;
		}
		return text.substring(start, offset);
	}

	private static CompletionSite none(String prefix) {
		return new CompletionSite(Kind.NONE, prefix, null, null, List.of(), null);
	}

	private static CompletionSite inNarrative(String text, int offset, ILeafNode leaf, Report report) {
		int start = Math.max(leaf.getOffset() + 3, text.lastIndexOf('\n', offset - 1) + 1);
		if (offset < start) {
			return none("");
		}
		String line = text.substring(start, offset);
		int open = line.lastIndexOf('{');
		if (open < 0 || line.indexOf('}', open) >= 0 || open > 0 && line.charAt(open - 1) == '{') {
			return none("");
		}
		String partial = line.substring(open + 1);
		String[] parts = partial.split("[.．·]", -1);
		return new CompletionSite(Kind.REFERENCE, parts[parts.length - 1], report, null, List.of(), partial);
	}

	private static Table tableAt(Report report, int offset) {
		for (Table t : EcoreUtil2.getAllContentsOfType(report, Table.class)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(t);
			if (node == null || offset <= node.getOffset()) {
				continue;
			}
			boolean closed = node.getText().strip().endsWith("}");
			if (offset < node.getEndOffset() || !closed && offset <= node.getEndOffset()) {
				return t;
			}
		}
		return null;
	}

	private static CompletionSite inTable(String text, int prefixStart, String prefix, Report report, Table table) {
		int lineStart = Math.max(text.lastIndexOf('\n', prefixStart - 1) + 1,
				NodeModelUtils.findActualNodeFor(table).getOffset() + 1);
		String line = text.substring(Math.min(lineStart, prefixStart), prefixStart);
		List<String> tokens = tokens(line);
		if (tokens.stream().anyMatch(t -> !t.startsWith("\"") && (t.contains(":") || t.contains("：")))) {
			return new CompletionSite(Kind.NONE, prefix, report, table, tokens, null);
		}
		Kind kind = tokens.isEmpty() ? Kind.ROW : tokens.size() % 2 == 1 ? Kind.COLUMN : Kind.VALUE;
		return new CompletionSite(kind, prefix, report, table, tokens, null);
	}

	/** Whitespace-separated tokens; a quoted label is one token. */
	static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			if (!quoted && (Character.isWhitespace(c) || c == '\u3000')) {
				if (current.length() > 0) {
					tokens.add(current.toString());
					current.setLength(0);
				}
			} else {
				current.append(c);
			}
		}
		if (current.length() > 0) {
			tokens.add(current.toString());
		}
		return tokens;
	}

	/** The semantic element that holds the table: its block. */
	EObject block() {
		return table == null ? null : table.eContainer();
	}
}
