package org.report.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Encodes the highlighter's positions as LSP semantic tokens with the legend of {@link TokenTypes}:
 * one token per line (clients need not support multi-line tokens), type index as in the legend.
 */
public class ReportSemanticTokens extends SemanticTokensService {

	private record Token(int offset, int length, String[] styles) {
	}

	@Override
	protected void addTokenTypes() {
		getTokenTypes().addAll(TokenTypes.TYPES);
	}

	@Override
	protected void addTokenModifiers() {
		getTokenModifiers().addAll(TokenTypes.MODIFIERS);
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
			CancelIndicator cancel) {
		if (document == null || resource == null) {
			return new SemanticTokens(List.of());
		}
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
				.get(ISemanticHighlightingCalculator.class);
		List<Token> tokens = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
			if (length > 0) {
				tokens.add(new Token(offset, length, styles));
			}
		}, cancel);
		tokens.sort(Comparator.comparingInt(Token::offset));
		return new SemanticTokens(encode(document.getContents(), tokens));
	}

	private List<Integer> encode(String text, List<Token> tokens) {
		List<Integer> data = new ArrayList<>();
		int line = 0, lineStart = 0, scanned = 0, lastLine = 0, lastChar = 0, lastEnd = 0;
		for (Token t : tokens) {
			int type = type(t.styles());
			if (type < 0 || t.offset() < lastEnd) {
				continue; // untyped or overlapping an earlier token
			}
			int start = t.offset(), end = Math.min(text.length(), t.offset() + t.length());
			lastEnd = end;
			while (start < end) {
				for (; scanned < start; scanned++) {
					if (text.charAt(scanned) == '\n') {
						line++;
						lineStart = scanned + 1;
					}
				}
				int newline = text.indexOf('\n', start);
				int pieceEnd = newline < 0 || newline >= end ? end : newline;
				if (pieceEnd > start) {
					int character = start - lineStart;
					data.add(line - lastLine);
					data.add(line == lastLine ? character - lastChar : character);
					data.add(pieceEnd - start);
					data.add(type);
					data.add(modifiers(t.styles()));
					lastLine = line;
					lastChar = character;
				}
				start = pieceEnd < end ? pieceEnd + 1 : end;
			}
		}
		return data;
	}

	private int type(String[] styles) {
		for (String s : styles) {
			int i = getTokenTypes().indexOf(s);
			if (i >= 0) {
				return i;
			}
		}
		return -1;
	}

	private int modifiers(String[] styles) {
		int bits = 0;
		for (String s : styles) {
			int i = getTokenModifiers().indexOf(s);
			if (i >= 0) {
				bits |= 1 << i;
			}
		}
		return bits;
	}
}
