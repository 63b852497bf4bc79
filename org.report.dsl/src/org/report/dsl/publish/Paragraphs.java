package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Where narrative paragraphs end, for every output alike (the HTML page and the text): a line break
 * ends a paragraph after sentence-ending punctuation or before a blank line; elsewhere it is a wrap
 * from PDF extraction or copying (淮安's lines end mid-sentence), and the lines are joined. A join adds
 * no space, except between a Chinese character and a Latin letter or digit in a text that spaces them
 * elsewhere (「规章 1 件」): there the space was eaten by the wrap (「政策解读\n21 个」 is 「政策解读 21 个」).
 */
public final class Paragraphs {

	private static final String ENDINGS = "。！？；：…」”）)!?;:";


	private Paragraphs() {
	}

	/** Whether a line break after this line ends a paragraph. */
	public static boolean endsParagraph(String line) {
		String t = line.stripTrailing();
		return t.isEmpty() || ENDINGS.indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	/** The text with wrapped lines joined: one line per paragraph, blank lines kept. */
	public static String join(String text) {
		StringBuilder b = new StringBuilder(text.length());
		join(b, text, 0);
		return b.toString();
	}

	/**
	 * Appends the text with wrapped lines joined and without the white space around it (as
	 * {@code join(text).strip()}, with no copy of the text: the official text renders every narrative so).
	 */
	public static void appendJoinedStripped(StringBuilder b, String text) {
		int from = 0;
		while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		int mark = b.length();
		join(b, text, from);
		int end = b.length();
		while (end > mark && Character.isWhitespace(b.charAt(end - 1))) {
			end--;
		}
		b.setLength(end);
	}

	/** Appends the text from {@code from} on with wrapped lines joined. */
	private static void join(StringBuilder b, String text, int from) {
		boolean open = false;
		int first = b.length();
		Joiner joiner = new Joiner(text, first);
		// lines as index ranges found with indexOf (no regular expression, no copies): this runs for every
		// narrative of every document
		for (int start = from, i = 0;; i++) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			if (end > start && text.charAt(end - 1) == '\r') {
				end--;
			}
			int last = lastVisible(text, start, end);
			if (i > 0 && !(open && last >= 0)) {
				b.append('\n').append(text, start, end);
			} else {
				joiner.append(b, text, start, end);
			}
			open = last >= 0 && ENDINGS.indexOf(text.charAt(last)) < 0;
			if (newline < 0) {
				return;
			}
			start = newline + 1;
		}
	}

	/** The index of the last character of the range that is not white space, or -1 when it is blank. */
	private static int lastVisible(String text, int start, int end) {
		for (int i = end - 1; i >= start; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The paragraphs of the text, each without the white space around it (Word indents them itself). */
	public static List<String> of(String text) {
		List<String> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String paragraph : join(text).split("\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph.strip());
			}
		}
		return paragraphs;
	}

	/** Whether the text puts a space between Chinese characters and Latin letters or digits (「规章 1 件」). */
	public static boolean spacesLatin(String text) {
		// one pass, no regular expression: this runs for every narrative of every document
		int spaced = 0;
		int adjacent = 0;
		for (int i = 1; i < text.length(); i++) {
			char before = text.charAt(i - 1);
			char c = text.charAt(i);
			if (c == ' ' && i + 1 < text.length()) {
				if (spaceEaten(before, text.charAt(i + 1))) {
					spaced++;
				}
			} else if (spaceEaten(before, c)) {
				adjacent++;
			}
		}
		return spaced > adjacent;
	}

	/**
	 * Appends the lines of one narrative to its paragraphs, with the space a wrap ate restored where the
	 * narrative spaces Chinese and Latin ({@link #spacesLatin}). Whether it does is found out only when a
	 * wrap falls between a Chinese character and a Latin letter or digit: most narratives never need it.
	 */
	public static final class Joiner {
		private final String text;
		/** Where the paragraphs start in the builder appended to: a join never looks before it. */
		private final int first;
		private int spaced = -1;

		public Joiner(String text) {
			this(text, 0);
		}

		private Joiner(String text, int first) {
			this.text = text;
			this.first = first;
		}

		/** Appends the next line of a paragraph. */
		public void append(StringBuilder paragraph, String line) {
			append(paragraph, line, 0, line.length());
		}

		/** Appends the characters start to end of a line as the next line of a paragraph. */
		void append(StringBuilder paragraph, String line, int start, int end) {
			if (paragraph.length() > first && end > start
					&& spaceEaten(paragraph.charAt(paragraph.length() - 1), line.charAt(start)) && spaced()) {
				paragraph.append(' ');
			}
			paragraph.append(line, start, end);
		}

		private boolean spaced() {
			if (spaced < 0) {
				spaced = spacesLatin(text) ? 1 : 0;
			}
			return spaced == 1;
		}
	}

	/** Whether a wrap between these two characters stood for a space in a text that spaces CJK and Latin. */
	private static boolean spaceEaten(char before, char after) {
		return isHan(before) && isLatin(after) || isLatin(before) && isHan(after);
	}

	/** A CJK ideograph of the basic plane (the unified ideographs, extension A, the compatibility block). */
	private static boolean isHan(char c) {
		return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
