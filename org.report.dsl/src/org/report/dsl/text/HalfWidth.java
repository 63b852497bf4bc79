package org.report.dsl.text;

import java.text.Normalizer;

/**
 * Full-width forms folded to their half-width (ASCII) forms (全角转半角): full-width digits, letters
 * and punctuation (U+FF01–U+FF5E, 「０」→「0」, 「．」→「.」, 「－」→「-」, 「／」→「/」, 「｜」→「|」), the other
 * width forms (U+FF5F–U+FFEE) and the ideographic space, each as {@link Normalizer.Form#NFKC} maps it;
 * plus the minus sign 「−」 (U+2212), which NFKC leaves alone but published tables print for 「-」. Only
 * these: NFKC of other characters (「①」→「1」, 「㈠」→「(一)」) would change what a text says. The one
 * folding of the narrative claim scanner, the importer's label matching and its narrative evidence.
 */
public final class HalfWidth {

	/** The minus sign (U+2212): not a compatibility character, so NFKC keeps it. */
	private static final char MINUS_SIGN = '\u2212';

	private static final char[] FOLDED = new char[0x10000 - 0xFF00];

	static {
		for (int c = 0xFF00; c < 0x10000; c++) {
			String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
			FOLDED[c - 0xFF00] = n.length() == 1 ? n.charAt(0) : (char) c;
		}
	}

	private HalfWidth() {
	}

	/** The half-width form of one character, or the character itself. */
	public static char of(char c) {
		if (c >= 0xFF00) {
			return FOLDED[c - 0xFF00];
		}
		return switch (c) {
		case '\u3000' -> ' ';
		case MINUS_SIGN -> '-';
		default -> c;
		};
	}

	/** The text with every character folded ({@link #of(char)}); as long as the text. */
	public static String of(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			b.append(of(text.charAt(i)));
		}
		return b.toString();
	}
}
