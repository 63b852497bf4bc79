package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.report.dsl.format.Rule;

import org.report.dsl.importer.ImportFinding;

/**
 * The narrative of a span of the input, verbatim: dropped lines removed (the lines around them join as
 * they were), a separating space next to a heading removed, indentation and inner line breaks kept. In
 * section 一 the part headings （一）…（五） become headings of their own where they stand as headings —
 * on a line of their own, or followed by a space on a flattened page — but not where the text runs on
 * after 「。」 or 「：」: there the part stays inside the narrative, as published.
 */
public final class SectionText {

	/** A narrative paragraph run or a part heading, with its input offset. */
	public record Piece(boolean heading, String text, int offset) {
	}

	private static final String NUMERALS = "一二三四五六七八九十";
	private static final Pattern MARKER = Pattern.compile("[（(]\\s*([一二三四五六七八九十])\\s*[）)]");
	private static final Pattern TITLE_LINE = Pattern.compile("[^。，；：:,;！？]{1,40}");
	private static final Pattern GLUED_TITLE = Pattern.compile("[^\\s。，；：:,;！？]{1,25}(?=[ \\t\\u3000]+\\S)");

	private SectionText() {
	}

	public static List<Piece> split(InputText input, int start, int end, boolean parts, List<ImportFinding> findings) {
		List<Piece> pieces = new ArrayList<>();
		int textStart = start;
		if (parts) {
			String text = input.text();
			Matcher m = MARKER.matcher(text).region(start, end);
			int numeral = 0;
			int from = start;
			while (numeral < NUMERALS.length() && m.find(from) && m.start() < end) {
				if (m.group(1).charAt(0) != NUMERALS.charAt(numeral)) {
					from = m.end();
					continue;
				}
				int headingEnd = headingEnd(input, m.start(), m.end(), end, findings);
				if (headingEnd < 0) {
					from = m.end();
					numeral++;
					continue;
				}
				narrative(input, textStart, m.start(), pieces);
				pieces.add(new Piece(true, text.substring(m.start(), headingEnd).strip(), m.start()));
				textStart = headingEnd;
				from = headingEnd;
				numeral++;
			}
		}
		narrative(input, textStart, end, pieces);
		return pieces;
	}

	/** End of a part heading starting at the marker, or -1 when the marker does not start a heading. */
	private static int headingEnd(InputText input, int marker, int markerEnd, int end, List<ImportFinding> findings) {
		String text = input.text();
		int line = input.line(marker);
		int lineStart = input.lineStart(line);
		int lineEnd = Math.min(end, input.lineEnd(line));
		boolean atLineStart = text.substring(lineStart, marker).isBlank();
		String rest = text.substring(markerEnd, lineEnd);
		if (atLineStart && TITLE_LINE.matcher(rest.strip()).matches()) {
			return lineEnd;
		}
		boolean afterSpace = marker > lineStart && Canonical.isWhitespace(text.charAt(marker - 1));
		Matcher glued = GLUED_TITLE.matcher(rest);
		if ((atLineStart || afterSpace) && glued.lookingAt()) {
			findings.add(ImportFinding.of(input, marker, Rule.LAYOUT, "小标题「"
					+ text.substring(marker, markerEnd + glued.end()) + "」与正文连在同一行，已分开"));
			return markerEnd + glued.end();
		}
		return -1;
	}

	private static void narrative(InputText input, int start, int end, List<Piece> pieces) {
		if (start >= end) {
			return;
		}
		String text = input.slice(start, end);
		String trimmed = trim(text, start > 0 && input.text().charAt(start - 1) != '\n');
		if (!trimmed.isEmpty()) {
			pieces.add(new Piece(false, trimmed, start));
		}
	}

	/**
	 * Blank lines and the separating space before and after go; indentation of the first line stays
	 * unless the text continues a heading's line.
	 */
	public static String trim(String text, boolean continuesLine) {
		String s = text.stripTrailing();
		if (continuesLine) {
			return s.strip();
		}
		int firstLine = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n') {
				firstLine = i + 1;
			} else if (!Canonical.isWhitespace(c)) {
				break;
			}
		}
		return s.substring(firstLine);
	}
}
