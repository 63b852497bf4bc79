package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where narrative paragraphs end, for every output alike (the HTML page and the text): a line break
 * ends a paragraph after sentence-ending punctuation or before a blank line; elsewhere it is a wrap
 * from PDF extraction or copying (淮安's lines end mid-sentence), and the lines are joined. A join adds
 * no space, except between a Chinese character and a Latin letter or digit in a text that spaces them
 * elsewhere (「规章 1 件」): there the space was eaten by the wrap (「政策解读\n21 个」 is 「政策解读 21 个」).
 */
public final class Paragraphs {

	private static final String ENDINGS = "。！？；：…」”）)!?;:";

	private static final Pattern SPACED = Pattern
			.compile("\\p{IsHan} [A-Za-z0-9]|[A-Za-z0-9] \\p{IsHan}");
	private static final Pattern ADJACENT = Pattern
			.compile("\\p{IsHan}[A-Za-z0-9]|[A-Za-z0-9]\\p{IsHan}");

	private Paragraphs() {
	}

	/** Whether a line break after this line ends a paragraph. */
	public static boolean endsParagraph(String line) {
		String t = line.stripTrailing();
		return t.isEmpty() || ENDINGS.indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	/** The text with wrapped lines joined: one line per paragraph, blank lines kept. */
	public static String join(String text) {
		String[] lines = text.split("\r?\n", -1);
		StringBuilder b = new StringBuilder(text.length());
		boolean open = false;
		boolean spaced = spacesLatin(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (i > 0 && !(open && !line.isBlank())) {
				b.append('\n');
				b.append(line);
			} else {
				appendLine(b, line, spaced);
			}
			open = !line.isBlank() && !endsParagraph(line);
		}
		return b.toString();
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
		return SPACED.matcher(text).results().count() > ADJACENT.matcher(text).results().count();
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

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
