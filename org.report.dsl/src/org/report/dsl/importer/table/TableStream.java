package org.report.dsl.importer.table;

import org.report.dsl.importer.text.Canonical;
import org.report.dsl.importer.text.InputText;

/**
 * A table's text as canonical characters: whitespace runs become one separator, 「|」 stays (a cell
 * boundary in tables copied as markdown), dropped lines (page numbers inside the table) become a
 * separator; each character keeps its input offset.
 */
final class TableStream {

	private final char[] chars;
	private final int[] offsets;
	private final int length;

	TableStream(InputText input, int start, int end) {
		String text = input.text();
		chars = new char[end - start + 1];
		offsets = new int[end - start + 1];
		int n = 0;
		int line = input.line(start);
		for (int i = start; i < end; i++) {
			char raw = text.charAt(i);
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
