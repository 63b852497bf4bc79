package org.report.dsl.ui.highlighting;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.report.dsl.ide.highlighting.TokenTypes;

/** How each kind of token the ide highlighter names looks in the editor (light theme). */
final class Styles {

	static final String COMMENT = "comment";

	private static final Color HEADING = new Color(0x00, 0x33, 0x99);
	private static final Color ROW = new Color(0x00, 0x66, 0x66);
	private static final Color COLUMN = new Color(0x66, 0x33, 0x99);
	private static final Color NUMBER = new Color(0x1a, 0x6b, 0x1a);
	private static final Color REFERENCE = new Color(0x99, 0x55, 0x00);
	private static final Color KEYWORD = new Color(0x80, 0x00, 0x55);
	private static final Color GREY = new Color(0x70, 0x70, 0x70);
	private static final Color ERROR = new Color(0xcc, 0x00, 0x00);

	private Styles() {
	}

	/** The style of a token with these ids (its type, then its modifiers), or null for plain text. */
	static StyleRange of(int offset, int length, List<String> ids) {
		if (ids.isEmpty()) {
			return null;
		}
		StyleRange s = new StyleRange(offset, length, null, null);
		switch (ids.get(0)) {
		case TokenTypes.SECTION, TokenTypes.PART -> {
			s.foreground = HEADING;
			s.fontStyle = SWT.BOLD;
		}
		case TokenTypes.ROW -> s.foreground = ROW;
		case TokenTypes.COLUMN -> s.foreground = COLUMN;
		case TokenTypes.NUMBER -> s.foreground = NUMBER;
		case TokenTypes.REFERENCE -> s.foreground = REFERENCE;
		case TokenTypes.KEYWORD -> {
			s.foreground = KEYWORD;
			s.fontStyle = SWT.BOLD;
		}
		case COMMENT -> {
			s.foreground = GREY;
			s.fontStyle = SWT.ITALIC;
		}
		default -> {
		}
		}
		if (ids.contains(TokenTypes.TOTAL)) {
			s.fontStyle |= SWT.BOLD;
		}
		if (ids.contains(TokenTypes.COMPUTED)) {
			s.fontStyle |= SWT.ITALIC;
		}
		if (ids.contains(TokenTypes.VARIANT)) {
			s.strikeout = false;
			s.underline = true;
			s.underlineStyle = SWT.UNDERLINE_SINGLE;
		}
		if (ids.contains(TokenTypes.ERROR)) {
			s.foreground = ERROR;
		}
		return s.foreground == null && s.fontStyle == SWT.NORMAL && !s.underline ? null : s;
	}
}
