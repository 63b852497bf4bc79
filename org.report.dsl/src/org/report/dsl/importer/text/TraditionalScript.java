package org.report.dsl.importer.text;

import com.ibm.icu.text.Transliterator;

/**
 * Pages of the 繁體 (traditional characters) version of a government site: converted to simplified
 * characters with ICU4J's Hant-Hans transliterator, so that headings and labels (總體情況 →
 * 总体情况) are found. A text counts as traditional when a noticeable share of its Han characters
 * change; a simplified text with a stray traditional character is left as it is.
 */
public final class TraditionalScript {

	/** Han characters that must change, at least. */
	private static final int MIN_CHANGED = 10;
	/** Share of Han characters that must change, at least (1 in this many). */
	private static final int ONE_IN = 50;

	private static volatile Transliterator hantToHans;

	private TraditionalScript() {
	}

	/**
	 * @return the text in simplified characters, or null when it is not written in traditional ones
	 */
	public static String simplified(String text) {
		if (!mayBeTraditional(text)) {
			return null;
		}
		String converted = transliterator().transliterate(text);
		int han = 0, changed = 0;
		if (converted.length() != text.length()) {
			return converted; // conversions that change the length are traditional phrases
		}
		for (int i = 0; i < text.length(); i++) {
			if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
				han++;
				if (text.charAt(i) != converted.charAt(i)) {
					changed++;
				}
			}
		}
		return changed >= MIN_CHANGED && changed * ONE_IN >= han ? converted : null;
	}

	/** A cheap first look: the heading words every report has, in traditional characters. */
	private static boolean mayBeTraditional(String text) {
		return text.contains("總體") || text.contains("資訊") || text.contains("訊息") || text.contains("報告")
				|| text.contains("處理") || text.contains("開申請") || text.contains("複議");
	}

	private static Transliterator transliterator() {
		Transliterator t = hantToHans;
		if (t == null) {
			t = Transliterator.getInstance("Hant-Hans");
			hantToHans = t;
		}
		return t;
	}
}
