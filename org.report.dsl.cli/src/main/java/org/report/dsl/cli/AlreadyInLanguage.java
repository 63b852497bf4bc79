package org.report.dsl.cli;

import java.util.regex.Pattern;

import org.report.dsl.standalone.SourceText;

/** Whether a file given to {@code import} is already written in the language: its first line of content is a 年报 header. */
final class AlreadyInLanguage {

	private static final Pattern HEADER = Pattern.compile("年报[ \\t\\u3000]+\\S+[ \\t\\u3000]+(\\d{4}|\\?)([ \\t\\u3000].*)?");

	private AlreadyInLanguage() {
	}

	/** The 1-based line of the 年报 header that starts the text, or 0 when the text does not start with one. */
	static int headerLine(byte[] bytes) {
		SourceText.Decoded decoded = SourceText.decode(bytes);
		if (!decoded.ok()) {
			return 0;
		}
		String[] lines = decoded.text().split("\r\n|\r|\n", -1);
		boolean inComment = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (inComment) {
				inComment = !line.contains("*/");
				continue;
			}
			if (line.isEmpty() || line.startsWith("//")) {
				continue;
			}
			if (line.startsWith("/*")) {
				inComment = !line.contains("*/");
				continue;
			}
			return HEADER.matcher(line.replaceFirst("\\s*//.*$", "")).matches() ? i + 1 : 0;
		}
		return 0;
	}
}
