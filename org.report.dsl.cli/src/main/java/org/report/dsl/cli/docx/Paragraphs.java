package org.report.dsl.cli.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Narrative as paragraphs (段落), the same reading as the print page: a line break ends a paragraph after
 * sentence-ending punctuation or before a blank line; elsewhere it is a wrap from PDF extraction or
 * copying and the lines are joined. Leading white space (an indent typed by hand) is dropped: the
 * document indents every paragraph by two characters itself.
 */
final class Paragraphs {

	private static final String SENTENCE_END = "。！？；：…」”）)!?;:";

	private Paragraphs() {
	}

	static List<String> of(String text) {
		List<String> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		StringBuilder paragraph = new StringBuilder();
		for (String line : text.split("\r?\n", -1)) {
			if (line.isBlank()) {
				flush(paragraph, paragraphs);
				continue;
			}
			paragraph.append(line);
			if (endsParagraph(line)) {
				flush(paragraph, paragraphs);
			}
		}
		flush(paragraph, paragraphs);
		return paragraphs;
	}

	private static boolean endsParagraph(String line) {
		String t = line.stripTrailing();
		return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	private static void flush(StringBuilder paragraph, List<String> paragraphs) {
		String text = paragraph.toString().strip();
		if (!text.isEmpty()) {
			paragraphs.add(text);
		}
		paragraph.setLength(0);
	}
}
