package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.report.dsl.importer.text.Canonical;
import org.report.dsl.importer.text.InputText;

/**
 * A table's text as canonical characters: whitespace runs become one separator, 「|」 stays (a cell
 * boundary in tables copied as markdown), dropped lines (page numbers inside the table) become a
 * separator; each character keeps its input offset. Consecutive tabs between two numbers on one line
 * are the blank cells between them (「31⇥⇥⇥⇥⇥⇥31」: 31, five blank cells, 31) and become 「|」 cell
 * boundaries, so the tokenizer reads a blank cell between each two.
 */
final class TableStream {

	private static final Pattern GENERIC_HEADER = Pattern
			.compile("\\s*\\|?\\s*(?:[^|\\d]{0,6}\\s*\\|)?(?:\\s*(?:数据|列|字段|Column|Col)\\s*\\d{1,2}\\s*\\|?)+\\s*");

	/** The line under a markdown table's header: 「|---|:---:|」. */
	private static final Pattern MARKDOWN_RULE = Pattern.compile("\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?(?:-{3,}:?)?\\s*");

	private final List<Integer> genericHeaders = new ArrayList<>();
	private final char[] chars;
	private final int[] offsets;
	private final int length;

	TableStream(InputText input, int start, int end) {
		String text = input.text();
		chars = new char[end - start + 1];
		offsets = new int[end - start + 1];
		int n = 0;
		int line = input.line(start);
		boolean generic = (start == 0 || text.charAt(start - 1) == '\n') && genericHeader(input, line, start);
		for (int i = start; i < end; i++) {
			char raw = text.charAt(i);
			if (generic && raw != '\n') {
				continue;
			}
			if (raw == '\n') {
				generic = genericHeader(input, line + 1, i + 1);
			}
			int tabs = raw == '\t' ? blankCellTabs(text, i, end) : 0;
			if (tabs > 0) {
				for (int t = 0; t < tabs; t++) {
					chars[n] = '|';
					offsets[n] = i + t;
					n++;
				}
				i += tabs - 1;
				continue;
			}
			char c = input.isDropped(line) ? Canonical.SEPARATOR : Canonical.of(raw);
			if (raw == '\n') {
				line++;
				c = Canonical.SEPARATOR;
			}
			if (c == Canonical.NONE || c == Canonical.SEPARATOR && n > 0 && chars[n - 1] == Canonical.SEPARATOR) {
				continue;
			}
			chars[n] = c;
			offsets[n] = i;
			n++;
		}
		length = n;
	}

	/**
	 * Whether the line is the header row a PDF-to-Markdown converter gives each small table it makes
	 * (「| 项目 | 数据1 | 数据2 | … |」: no labels, and numbers that are column numbers, not values), or
	 * the rule under a markdown table's header; either is skipped.
	 */
	private boolean genericHeader(InputText input, int line, int at) {
		String text = input.text();
		if (at > text.length()) {
			return false;
		}
		int lineEnd = text.indexOf('\n', at);
		String content = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
		boolean generic = GENERIC_HEADER.matcher(content).matches();
		if (generic) {
			genericHeaders.add(line);
		}
		return generic || MARKDOWN_RULE.matcher(content).matches();
	}

	/** Lines dropped as generic header rows ({@link #genericHeader}). */
	List<Integer> genericHeaders() {
		return genericHeaders;
	}

	/**
	 * The number of tabs at i when they are two or more, directly between a digit before and a digit
	 * after on the same line (blank cells of a tab-separated row); else 0.
	 */
	private static int blankCellTabs(String text, int i, int end) {
		int j = i;
		while (j < end && text.charAt(j) == '\t') {
			j++;
		}
		int tabs = j - i;
		return tabs >= 2 && i > 0 && digit(text.charAt(i - 1)) && j < end && digit(text.charAt(j)) ? tabs : 0;
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}

	int length() {
		return length;
	}

	char at(int i) {
		return i < length ? chars[i] : Canonical.SEPARATOR;
	}

	int offset(int i) {
		return i < length ? offsets[i] : (length == 0 ? 0 : offsets[length - 1] + 1);
	}

	/** The input offset just after stream index i - 1. */
	int endOffset(int i) {
		return i == 0 ? offset(0) : offsets[Math.min(i, length) - 1] + 1;
	}

	boolean isDigit(int i) {
		char c = at(i);
		return c >= '0' && c <= '9';
	}
}
