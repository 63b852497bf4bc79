package org.report.dsl.ui.completion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LSP snippets as plain text: placeholders become their default text; the caret goes to the first one. */
public final class Snippets {

	/** Plain text, and where the caret goes in it. */
	public record Plain(String text, int caret) {
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+)(?::([^}]*))?\\}|\\$(\\d+)");

	private Snippets() {
	}

	public static Plain toPlain(String snippet) {
		StringBuilder out = new StringBuilder();
		Matcher m = PLACEHOLDER.matcher(snippet);
		int caret = -1;
		int last = 0;
		while (m.find()) {
			out.append(snippet, last, m.start());
			if (caret < 0) {
				caret = out.length();
			}
			if (m.group(2) != null) {
				out.append(m.group(2));
			}
			last = m.end();
		}
		out.append(snippet.substring(last));
		return new Plain(out.toString(), caret < 0 ? out.length() : caret);
	}
}
