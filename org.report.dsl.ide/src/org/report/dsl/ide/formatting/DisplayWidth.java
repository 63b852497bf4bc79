package org.report.dsl.ide.formatting;

/** Columns a text takes in a monospaced editor: East Asian wide and full-width characters take two. */
final class DisplayWidth {

	private DisplayWidth() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += wide(text.charAt(i)) ? 2 : 1;
		}
		return width;
	}

	private static boolean wide(char c) {
		return c >= '\u1100' && c <= '\u115f' || c >= '\u2e80' && c <= '\ua4cf' || c >= '\uac00' && c <= '\ud7a3'
				|| c >= '\uf900' && c <= '\ufaff' || c >= '\ufe30' && c <= '\ufe4f' || c >= '\uff00' && c <= '\uff60'
				|| c >= '\uffe0' && c <= '\uffe6' || c == '“' || c == '”';
	}
}
