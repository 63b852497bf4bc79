package org.report.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Narrative: {@code """…"""}. The text keeps its line breaks and punctuation exactly, except that a
 * line break right after the opening quotes and one right before the closing quotes (with only
 * spaces after it) belong to the layout of the source, and CRLF reads as LF.
 */
public class TextBlockConverter implements IValueConverter<String> {

	static final String QUOTES = "\"\"\"";

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.length() < 6 || !string.startsWith(QUOTES) || !string.endsWith(QUOTES)) {
			throw new ValueConverterException("叙述文字缺少结尾的 \"\"\"", node, null);
		}
		return strip(string.substring(3, string.length() - 3).replace("\r\n", "\n"));
	}

	static String strip(String body) {
		String s = body;
		if (s.startsWith("\n")) {
			s = s.substring(1);
		}
		int lastBreak = s.lastIndexOf('\n');
		if (lastBreak >= 0 && s.substring(lastBreak + 1).isBlank()) {
			s = s.substring(0, lastBreak);
		}
		return s;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value.contains(QUOTES)) {
			throw new ValueConverterException("叙述文字不能包含 \"\"\"", null, null);
		}
		return QUOTES + "\n" + value + "\n" + QUOTES;
	}
}
