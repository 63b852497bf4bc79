package org.report.dsl.text;

import java.util.Locale;

import com.ibm.icu.text.BreakIterator;

/**
 * Text broken into lines of at most a number of display columns ({@link DisplayWidth}: a Chinese character
 * takes two), at the line-break opportunities of Unicode's line-breaking rules (UAX #14, ICU4J): between
 * Chinese characters, never before 「，。）」 or after 「（「」, never inside a number or a word. For windows
 * that show text without wrapping it, such as Eclipse's annotation and ruler hovers. A part longer than a
 * line (a long number) stays whole on a line of its own; the text's own line breaks are kept.
 */
public final class LineWrap {

	private LineWrap() {
	}

	/** The text with line breaks inserted so that no line takes more than {@code columns} columns. */
	public static String wrap(String text, int columns) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			wrapLine(lines[i], columns, out);
		}
		return out.toString();
	}

	private static void wrapLine(String line, int columns, StringBuilder out) {
		BreakIterator breaks = BreakIterator.getLineInstance(Locale.CHINESE);
		breaks.setText(line);
		int width = 0;
		for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String part = line.substring(start, end);
			String visible = part.stripTrailing();
			if (width > 0 && width + DisplayWidth.of(visible) > columns) {
				stripTrailingSpaces(out);
				out.append('\n');
				width = 0;
			}
			out.append(part);
			width += DisplayWidth.of(part);
		}
		stripTrailingSpaces(out);
	}

	private static void stripTrailingSpaces(StringBuilder out) {
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		out.setLength(end);
	}
}
