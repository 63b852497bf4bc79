package org.report.dsl.publish.html;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report title (标题) as it is set on the page: GB/T 9704 keeps words whole, so the stylesheet forbids
 * breaks between Chinese characters ({@code word-break: keep-all}) and this class marks where a line may
 * break ({@code <wbr>}) between words that never break inside ({@code <span class="w">}): after the organ's name (…人民政府, …局), around the year (2024年 / 2024年度), before
 * 政府信息公开 and before 工作年度报告. A line break written in the title (a newline in {@code 标题 "…"}) is
 * kept ({@code <br>}), as in titles the original sets on two lines.
 */
final class TitleBreaks {

	private TitleBreaks() {
	}

	/** Where a word ends and the next begins: before each match's group 1, or at its end without one. */
	private static final Pattern BEFORE = Pattern.compile("(?<![0-9０-９])([0-9０-９]{4}\\s*年)|(政府信息公开)|(工作年度报告)");

	/** A year with its 年/年度, then a break after it. */
	private static final Pattern YEAR = Pattern.compile("[0-9０-９]{4}\\s*年度?");

	/** The end of an organ's name. */
	private static final Pattern ORGAN = Pattern.compile("人民政府|委员会|办公室|办公厅|管理局|(?<=[市县区省])[^市县区省]{1,8}?局(?=[^长])");

	/** Appends the escaped title with its break opportunities and explicit line breaks. */
	static void write(StringBuilder b, String title) {
		String[] lines = title.split("\r?\n", -1);
		for (int l = 0; l < lines.length; l++) {
			if (l > 0) {
				b.append("<br>");
			}
			line(b, lines[l]);
		}
	}

	private static void line(StringBuilder b, String line) {
		BitSet breaks = opportunities(line);
		int from = 0;
		for (int i = breaks.nextSetBit(0); i >= 0; i = breaks.nextSetBit(i + 1)) {
			word(b, line.substring(from, i)).append("<wbr>");
			from = i;
		}
		word(b, line.substring(from));
	}

	/** A word that no line breaks inside: for engines without {@code keep-all} (the PDF's). */
	private static StringBuilder word(StringBuilder b, String word) {
		b.append("<span class=\"w\">");
		return Html.text(b, word).append("</span>");
	}

	/** The indexes before which a line may break (never at the start or the end). */
	static BitSet opportunities(String line) {
		BitSet breaks = new BitSet();
		for (Matcher m = BEFORE.matcher(line); m.find();) {
			breaks.set(m.start());
		}
		for (Matcher m = YEAR.matcher(line); m.find();) {
			breaks.set(m.end());
		}
		for (Matcher m = ORGAN.matcher(line); m.find();) {
			breaks.set(m.end());
		}
		breaks.clear(0);
		breaks.clear(line.length(), Integer.MAX_VALUE);
		for (int i = breaks.nextSetBit(0); i >= 0; i = breaks.nextSetBit(i + 1)) {
			if (Character.isWhitespace(line.charAt(i)) || Character.isWhitespace(line.charAt(i - 1))) {
				breaks.clear(i); // a space already lets the line break
			}
		}
		return breaks;
	}
}
