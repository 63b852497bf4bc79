package org.report.dsl.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits narrative text into literal text and table references {@code {表.行.列}}. {@code {{} is a
 * literal brace. Works on the converted text or on the raw token alike (offsets are into what it is
 * given); linear in the text's length.
 */
public final class NarrativeScanner {

	private static final int MAX_REFERENCE = 200;

	public List<Segment> scan(String text) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int literalStart = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c != '{') {
				literal.append(c);
				i++;
				continue;
			}
			if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
				literal.append('{');
				i += 2;
				continue;
			}
			flush(segments, literal, literalStart, i);
			int close = findClose(text, i);
			if (close < 0) {
				int end = Math.min(text.length(), i + 1);
				segments.add(new Segment.Malformed(text.substring(i, end), "引用缺少右花括号「}」；字面的「{」请写作「{{」", i, 1));
				i = end;
			} else {
				segments.add(reference(text.substring(i + 1, close), i, close + 1 - i));
				i = close + 1;
			}
			literalStart = i;
		}
		flush(segments, literal, literalStart, i);
		return segments;
	}

	private static int findClose(String text, int open) {
		int limit = Math.min(text.length(), open + MAX_REFERENCE);
		for (int j = open + 1; j < limit; j++) {
			char c = text.charAt(j);
			if (c == '}') {
				return j;
			}
			if (c == '{' || c == '\n') {
				return -1;
			}
		}
		return -1;
	}

	private static Segment reference(String inner, int offset, int length) {
		String[] parts = inner.trim().split("\\s*[.．·]\\s*", -1);
		if (parts.length < 2 || parts.length > 3 || List.of(parts).stream().anyMatch(String::isEmpty)) {
			return new Segment.Malformed("{" + inner + "}", "引用应写作 {表.行.列}，如 {三.新收.总计}", offset, length);
		}
		String table = parts[0].startsWith("表") ? parts[0].substring(1) : parts[0];
		return new Segment.Reference(table, parts[1], parts.length == 3 ? parts[2] : null, offset, length);
	}

	private static void flush(List<Segment> segments, StringBuilder literal, int start, int end) {
		if (literal.length() > 0) {
			segments.add(new Segment.Literal(literal.toString(), start, end - start));
			literal.setLength(0);
		}
	}
}
