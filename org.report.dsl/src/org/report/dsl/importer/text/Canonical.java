package org.report.dsl.importer.text;

import org.report.dsl.format.Labels;

/**
 * One character as label matching sees it: the format's own canonical form ({@link Labels#canonical}:
 * brackets and commas full-width, quotes and spaces gone) of its half-width form
 * ({@link org.report.dsl.text.HalfWidth}: full-width digits, letters and 「．」 made ASCII), and
 * whitespace of any kind (including the ideographic space) marked as a separator.
 */
public final class Canonical {

	/** Whitespace: separates numbers and may split labels. */
	public static final char SEPARATOR = '\u0001';
	/** A character with no canonical form (quotes): skipped. */
	public static final char NONE = '\u0000';

	private static final char[] TABLE = new char[0x10000];

	static {
		for (int c = 0; c < TABLE.length; c++) {
			TABLE[c] = compute((char) c);
		}
	}

	private Canonical() {
	}

	public static char of(char c) {
		return TABLE[c];
	}

	/** The canonical form of a whole label, without separators. */
	public static String of(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = of(s.charAt(i));
			if (c != NONE && c != SEPARATOR) {
				b.append(c);
			}
		}
		return b.toString();
	}

	static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF'
				|| c >= '\u2000' && c <= '\u200B';
	}

	private static char compute(char c) {
		if (isWhitespace(c)) {
			return SEPARATOR;
		}
		if (Character.isSurrogate(c)) {
			return c;
		}
		String s = Labels.canonical(String.valueOf(org.report.dsl.text.HalfWidth.of(c)));
		return s.isEmpty() ? NONE : s.charAt(0);
	}
}
