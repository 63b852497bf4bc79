package org.report.dsl.ide.source;

import java.util.regex.Pattern;

/**
 * How a label of the format is written in a report: without a leading 「1.」 (a name cannot start
 * with a digit), and quoted when it holds characters a bare name cannot (spaces, 「：」).
 */
public final class LabelSource {

	private static final Pattern DIGIT_NUMBERING = Pattern.compile("^[0-9０-９]+[.．、]\\s*");
	private static final String NAME_START = "_（(“《〔【「";
	private static final String NAME_PART = NAME_START + "0123456789０１２３４５６７８９）)”‘’》〕】」、，。；？！·．.-—/／+%％";

	private LabelSource() {
	}

	/** The source text that names the label, e.g. 1.属于国家秘密 → 属于国家秘密, 本年收费金额（单位：万元） → quoted. */
	public static String of(String label) {
		String text = DIGIT_NUMBERING.matcher(label.strip()).replaceFirst("");
		return isName(text) ? text : quote(text);
	}

	/** Whether the text lexes as one bare name (the grammar's NAME terminal). */
	public static boolean isName(String text) {
		if (text.isEmpty() || !(isLetter(text.charAt(0)) || NAME_START.indexOf(text.charAt(0)) >= 0)) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isLetter(c) && NAME_PART.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/** Characters a name may hold anywhere: CJK ideographs and ASCII letters. */
	public static boolean isLetter(char c) {
		return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff' || c >= 'a' && c <= 'z'
				|| c >= 'A' && c <= 'Z' || c == '_';
	}

	/** Whether the character can be part of a name (for finding the word before the cursor). */
	public static boolean isNamePart(char c) {
		return isLetter(c) || NAME_PART.indexOf(c) >= 0;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
