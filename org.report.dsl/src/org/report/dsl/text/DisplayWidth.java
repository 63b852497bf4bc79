package org.report.dsl.text;

/**
 * Columns a text takes in a monospaced editor or terminal (显示宽度): characters of East Asian Width
 * Wide (W) or Fullwidth (F) take two columns, all others one — plus the curly double quotes 「“」「”」,
 * ambiguous (A) in Unicode but printed wide by Chinese fonts. The one width function of the editor's
 * Format and of the importer's table writer, so that an imported table is already formatted.
 */
public final class DisplayWidth {

	/** Code point ranges of East Asian Width W and F (UAX #11), first and last of each, in order. */
	private static final int[] WIDE = { //
			0x1100, 0x115F, // Hangul Jamo initial consonants
			0x2E80, 0x303E, // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
			0x3041, 0x33FF, // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed, compatibility
			0x3400, 0x4DBF, // CJK unified ideographs extension A
			0x4E00, 0x9FFF, // CJK unified ideographs
			0xA000, 0xA4CF, // Yi
			0xA960, 0xA97F, // Hangul Jamo extended A
			0xAC00, 0xD7A3, // Hangul syllables
			0xF900, 0xFAFF, // CJK compatibility ideographs
			0xFE10, 0xFE19, // vertical forms
			0xFE30, 0xFE6F, // CJK compatibility forms, small form variants
			0xFF00, 0xFF60, // fullwidth forms
			0xFFE0, 0xFFE6, // fullwidth signs
			0x1F300, 0x1F64F, // pictographs, emoticons
			0x1F900, 0x1F9FF, // supplemental symbols and pictographs
			0x20000, 0x2FFFD, // CJK extensions B–F, compatibility supplement
			0x30000, 0x3FFFD, // CJK extensions G–H
	};

	private DisplayWidth() {
	}

	/** The columns the text takes. */
	public static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			width += of(c);
			i += Character.charCount(c);
		}
		return width;
	}

	/** The columns one code point takes: 2 or 1. */
	public static int of(int codePoint) {
		return isWide(codePoint) ? 2 : 1;
	}

	private static boolean isWide(int c) {
		if (c == '“' || c == '”') {
			return true;
		}
		if (c < WIDE[0]) {
			return false;
		}
		for (int i = 0; i < WIDE.length; i += 2) {
			if (c < WIDE[i]) {
				return false;
			}
			if (c <= WIDE[i + 1]) {
				return true;
			}
		}
		return false;
	}
}
