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
		boolean open = false;
		boolean spaced = spacesLatin(text);
		// lines found with indexOf, not String.split's regular expression: this runs for every narrative
		for (int start = 0, i = 0;; i++) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
			if (i > 0 && !(open && !line.isBlank())) {
				b.append('\n');
				b.append(line);
			} else {
				appendLine(b, line, spaced);
			}
			open = !line.isBlank() && !endsParagraph(line);
			if (newline < 0) {
				return b.toString();
			}
			start = newline + 1;
		}
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
	 * Appends the next line of a paragraph, with the space the wrap ate restored where the text spaces
	 * Chinese and Latin ({@link #spacesLatin}).
	 */
	public static void appendLine(StringBuilder paragraph, String line, boolean spacesLatin) {
		if (spacesLatin && !paragraph.isEmpty() && !line.isEmpty()
				&& spaceEaten(paragraph.charAt(paragraph.length() - 1), line.charAt(0))) {
			paragraph.append(' ');
		}
		paragraph.append(line);
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
