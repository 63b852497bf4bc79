package org.report.dsl.importer.text;

import java.util.Arrays;

/**
 * The decoded input with line breaks made LF, its line index, and which lines are page furniture
 * (dropped from everything the import reads). Offsets are into {@link #text()}.
 */
public final class InputText {

	private final String text;
	private final int[] lineStarts;
	private final boolean[] dropped;

	public InputText(String decoded) {
		this.text = decoded.replace("\r\n", "\n").replace('\r', '\n');
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		lineStarts = new int[lines];
		int n = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lineStarts[n++] = i + 1;
			}
		}
		dropped = new boolean[lines + 1];
	}

	public String text() {
		return text;
	}

	int length() {
		return text.length();
	}

	int lineCount() {
		return lineStarts.length;
	}

	/** 1-based line of an offset. */
	public int line(int offset) {
		int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
		return i >= 0 ? i + 1 : -i - 1;
	}

	/** 1-based column of an offset, in characters. */
	public int column(int offset) {
		int o = Math.max(0, Math.min(offset, text.length()));
		return o - lineStarts[line(o) - 1] + 1;
	}

	int lineStart(int line) {
		return lineStarts[line - 1];
	}

	/** Offset of the line's end (its LF, or the end of the text). */
	int lineEnd(int line) {
		return line < lineStarts.length ? lineStarts[line] - 1 : text.length();
	}

	String lineText(int line) {
		return text.substring(lineStart(line), lineEnd(line));
	}

	void drop(int line) {
		dropped[line] = true;
	}

	public boolean isDropped(int line) {
		return dropped[line];
	}

	/**
	 * The text of [start, end) without dropped lines (each removed with its line break), so the lines
	 * around a page number join as they were.
	 */
	public String slice(int start, int end) {
		StringBuilder b = new StringBuilder(end - start);
		int line = line(start);
		int pos = start;
		while (pos < end) {
			int lineEnd = lineEnd(line);
			int stop = Math.min(end, lineEnd + 1);
			if (!dropped[line]) {
				b.append(text, pos, stop);
			}
			pos = stop;
			line++;
		}
		return b.toString();
	}
}
