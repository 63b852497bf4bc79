package org.report.dsl.publish;

/**
 * Where narrative paragraphs end, for every output alike (the HTML page and the text): a line break
 * ends a paragraph after sentence-ending punctuation or before a blank line; elsewhere it is a wrap
 * from PDF extraction or copying (淮安's lines end mid-sentence), and the lines are joined as they are,
 * adding no space (the spacing between CJK and digits stays as in the source).
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
		String[] lines = text.split("\r?\n", -1);
		StringBuilder b = new StringBuilder(text.length());
		boolean open = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (i > 0 && !(open && !line.isBlank())) {
				b.append('\n');
			}
			b.append(line);
			open = !line.isBlank() && !endsParagraph(line);
		}
		return b.toString();
	}
}
