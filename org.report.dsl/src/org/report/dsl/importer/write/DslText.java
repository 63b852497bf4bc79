package org.report.dsl.importer.write;

import java.util.Set;

/**
 * Text as the language reads it back exactly: a bare word where the grammar's NAME allows one, else a
 * quoted string; narrative in 「"""…"""」 with a literal 「{」 doubled.
 */
public final class DslText {

	private static final Set<String> KEYWORDS = Set.of("年报", "格式", "标题", "上年", "前言", "结尾");
	private static final String NAME_START = "（(“《〔【「_";
	private static final String NAME_PART = "（）()“”‘’《》〔〕【】「」、，。；？！·．.-—/／+%％_";
	public static final String QUOTES = "\"\"\"";
	/** What the output writes where it could not recover a value or name; validate rejects it by name. */
	static final String UNRESOLVED = org.report.dsl.parser.ChineseSyntaxErrorMessages.UNRESOLVED;

	private DslText() {
	}

	/** A label, heading or organ: bare when the grammar reads it as one word. */
	static String word(String s) {
		return isName(s) ? s : quoted(s);
	}

	static String quoted(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	static boolean isName(String s) {
		if (s.isEmpty() || KEYWORDS.contains(s) || !(cjk(s.charAt(0)) || letter(s.charAt(0))
				|| NAME_START.indexOf(s.charAt(0)) >= 0)) {
			return false;
		}
		for (int i = 1; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(cjk(c) || letter(c) || c >= '0' && c <= '9' || c >= '０' && c <= '９' || NAME_PART.indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Narrative as the body of a text block: 「{」 doubled (it would open a reference). The block cannot
	 * hold three ASCII quotes in a row; each such quote becomes the full-width 「＂」 (the caller reports
	 * it).
	 */
	static String narrativeBody(String text) {
		String s = text.replace("{", "{{");
		if (s.contains(QUOTES)) {
			StringBuilder b = new StringBuilder(s.length());
			int i = 0;
			while (i < s.length()) {
				int run = 0;
				while (i + run < s.length() && s.charAt(i + run) == '"') {
					run++;
				}
				if (run >= 3) {
					b.append("＂".repeat(run));
					i += run;
				} else if (run > 0) {
					b.append("\"".repeat(run));
					i += run;
				} else {
					b.append(s.charAt(i++));
				}
			}
			s = b.toString();
		}
		return s;
	}

	static String block(String text) {
		return QUOTES + "\n" + narrativeBody(text) + "\n" + QUOTES;
	}

	private static boolean cjk(char c) {
		return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
	}

	private static boolean letter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}
}
