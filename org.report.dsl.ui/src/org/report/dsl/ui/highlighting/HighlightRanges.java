package org.report.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.ide.highlighting.ReportHighlighter;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;

/**
 * The highlighted ranges of a parse: comments, plus what the ide highlighter says (keywords, headings,
 * labels, numbers, totals, references, cells in error), as style ranges sorted by offset.
 */
public final class HighlightRanges {

	/** One range with the highlighter's ids (type first, then modifiers). */
	public record Token(int offset, int length, List<String> ids) {
	}

	private HighlightRanges() {
	}

	public static List<Token> tokens(ParsedReport parsed) {
		List<Token> tokens = new ArrayList<>();
		XtextResource resource = parsed.resource();
		if (resource.getParseResult() != null) {
			for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
				String text = leaf.getText();
				if (leaf.isHidden() && (text.startsWith("//") || text.startsWith("/*"))) {
					tokens.add(new Token(leaf.getOffset(), leaf.getLength(), List.of(Styles.COMMENT)));
				}
			}
		}
		ReportUi.injector().getInstance(ReportHighlighter.class).provideHighlightingFor(resource,
				(offset, length, ids) -> tokens.add(new Token(offset, length, Arrays.asList(ids))), () -> false);
		tokens.sort(Comparator.comparingInt(Token::offset));
		return tokens;
	}

	static List<StyleRange> styles(List<Token> tokens) {
		List<StyleRange> out = new ArrayList<>();
		for (Token t : tokens) {
			StyleRange s = Styles.of(t.offset(), t.length(), t.ids());
			if (s != null) {
				out.add(s);
			}
		}
		return out;
	}
}
