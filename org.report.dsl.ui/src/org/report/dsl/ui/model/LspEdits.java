package org.report.dsl.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** LSP ranges and edits from the ide services, in offsets of the Eclipse document. */
public final class LspEdits {

	private LspEdits() {
	}

	public static int offset(Document parsed, Position position) {
		return parsed.getOffSet(position);
	}

	public static int[] offsets(Document parsed, Range range) {
		return new int[] { parsed.getOffSet(range.getStart()), parsed.getOffSet(range.getEnd()) };
	}

	/**
	 * Applies edits computed on {@code parsed} (the document's text at that time) from the last to the
	 * first, so that earlier offsets stay valid.
	 */
	public static void apply(IDocument document, Document parsed, List<? extends TextEdit> edits)
			throws BadLocationException {
		record Replace(int from, int to, String text) {
		}
		List<Replace> replaces = new ArrayList<>();
		for (TextEdit e : edits) {
			int[] at = offsets(parsed, e.getRange());
			replaces.add(new Replace(at[0], at[1], e.getNewText()));
		}
		replaces.sort(Comparator.comparingInt(Replace::from).reversed());
		for (Replace r : replaces) {
			document.replace(r.from(), r.to() - r.from(), r.text());
		}
	}
}
