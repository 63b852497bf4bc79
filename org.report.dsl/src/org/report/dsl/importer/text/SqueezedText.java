package org.report.dsl.importer.text;

/**
 * The input as label search sees it: canonical characters with whitespace, quotes and dropped lines
 * removed, each mapped back to its offset in the input. Headings split over lines, spaced out or
 * written with half-width brackets are found like the official wording.
 */
public final class SqueezedText {

	private final char[] chars;
	private final int[] offsets;
	private final int length;

	public SqueezedText(InputText input) {
		String text = input.text();
		chars = new char[text.length()];
		offsets = new int[text.length()];
		int n = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char raw = text.charAt(i);
			if (!input.isDropped(line)) {
				char c = Canonical.of(raw);
				if (c != Canonical.NONE && c != Canonical.SEPARATOR) {
					chars[n] = c;
					offsets[n] = i;
					n++;
				}
			}
			if (raw == '\n') {
				line++;
			}
		}
		length = n;
	}

	/** Index of the needle (canonical, no whitespace) at or after the input offset, or -1. */
	int find(String needle, int fromOffset) {
		int from = indexAtOrAfter(fromOffset);
		outer: for (int i = from; i <= length - needle.length(); i++) {
			for (int j = 0; j < needle.length(); j++) {
				if (chars[i + j] != needle.charAt(j)) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** The input offset of a squeezed index. */
	int offset(int index) {
		return offsets[index];
	}

	/** The input offset just after the squeezed range [index, index + count). */
	int endOffset(int index, int count) {
		return offsets[index + count - 1] + 1;
	}

	private int indexAtOrAfter(int offset) {
		int lo = 0, hi = length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (offsets[mid] < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
