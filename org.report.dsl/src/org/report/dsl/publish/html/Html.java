package org.report.dsl.publish.html;

/**
 * Escaping and the few element helpers the renderers share. Everything written into a page from a
 * report (narrative, headings, labels, organ, title, messages) goes through {@link #text}: the five
 * characters {@code & < > " '} become references, and characters HTML does not allow in a document
 * (controls other than tab, line feed and form feed; lone surrogates; noncharacters) become U+FFFD,
 * so any input gives a well-formed page.
 */
final class Html {

	private Html() {
	}

	/** The ASCII characters below {@code ?} that stand in a page as they are (no reference, allowed). */
	private static final boolean[] PLAIN_ASCII = new boolean[0x3f];
	static {
		for (char c = ' '; c < 0x3f; c++) {
			PLAIN_ASCII[c] = "&<>\"'".indexOf(c) < 0;
		}
		PLAIN_ASCII['\t'] = PLAIN_ASCII['\n'] = PLAIN_ASCII['\f'] = true;
	}

	/**
	 * Whether the character stands in a page as it is: no reference needed and allowed in a document.
	 * Answered in a few comparisons for the common characters (ASCII, CJK, full-width punctuation), since
	 * every character of every narrative passes here.
	 */
	private static boolean plain(char c) {
		if (c < 0x3f) {
			return PLAIN_ASCII[c];
		}
		if (c < 0x7f) {
			return true;
		}
		return c >= 0xa0 && (c < 0xd800 || c >= 0xe000 && c < 0xfdd0 || c > 0xfdef && c < 0xfffe);
	}

	/** Appends {@code s} escaped for element content and double-quoted attribute values. */
	static StringBuilder text(StringBuilder b, String s) {
		if (s == null) {
			return b;
		}
		int n = s.length();
		int start = 0;
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			String replacement;
			if (plain(c)) {
				continue; // the common case
			} else if (c == '&') {
				replacement = "&amp;";
			} else if (c == '<') {
				replacement = "&lt;";
			} else if (c == '>') {
				replacement = "&gt;";
			} else if (c == '"') {
				replacement = "&quot;";
			} else if (c == '\'') {
				replacement = "&#39;";
			} else if (c == '\r') {
				replacement = ""; // line ends are \n in the page; CR alone is no content
			} else if (allowed(s, i, c)) {
				if (Character.isHighSurrogate(c)) {
					i++; // the pair was checked as one code point
				}
				continue;
			} else {
				replacement = "\uFFFD";
			}
			b.append(s, start, i).append(replacement);
			start = i + 1;
		}
		return start == 0 ? b.append(s) : b.append(s, start, n);
	}

	/** Whether the character (or the surrogate pair starting at i) may stand in an HTML document. */
	private static boolean allowed(String s, int i, char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\f';
		}
		if (c >= 0x7f && c <= 0x9f) {
			return false;
		}
		if (Character.isSurrogate(c)) {
			if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
				return false;
			}
			int cp = Character.toCodePoint(c, s.charAt(i + 1));
			return (cp & 0xfffe) != 0xfffe;
		}
		return !(c >= 0xfdd0 && c <= 0xfdef) && c != 0xfffe && c != 0xffff;
	}

	/** Appends {@code name="value"} with a leading space, the value escaped. */
	static StringBuilder attr(StringBuilder b, String name, String value) {
		b.append(' ').append(name).append("=\"");
		return text(b, value).append('"');
	}

	/** Appends {@code name="n"} with a leading space. */
	static StringBuilder attr(StringBuilder b, String name, int value) {
		return b.append(' ').append(name).append("=\"").append(value).append('"');
	}

	/** Appends colspan/rowspan only when they differ from 1. */
	static StringBuilder spans(StringBuilder b, int colspan, int rowspan) {
		if (colspan > 1) {
			attr(b, "colspan", colspan);
		}
		if (rowspan > 1) {
			attr(b, "rowspan", rowspan);
		}
		return b;
	}

	/** Appends {@code <tag class="cls">escaped text</tag>}; cls may be null. */
	static StringBuilder element(StringBuilder b, String tag, String cls, String content) {
		b.append('<').append(tag);
		if (cls != null) {
			attr(b, "class", cls);
		}
		b.append('>');
		return text(b, content).append("</").append(tag).append(">\n");
	}
}
