package org.report.dsl.publish.docx;

/**
 * Text as a Word document can hold it: a .docx is XML 1.0, which has no place for control characters
 * other than tab and line ends, lone surrogates or U+FFFE/U+FFFF. Each such character of a report (a
 * title copied with a stray control character, say) becomes U+FFFD, as the HTML page shows it, instead
 * of a document that cannot be saved.
 */
final class XmlText {

	private XmlText() {
	}

	/** The text with every character XML 1.0 does not allow replaced by U+FFFD; the same string when there is none. */
	static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder b = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (b != null) {
					b.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			allowed = c >= 0x20 ? !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
			if (!allowed && b == null) {
				b = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (b != null) {
				b.append(allowed ? c : '\uFFFD');
			}
		}
		return b == null ? text : b.toString();
	}
}
