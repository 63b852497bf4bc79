package org.report.dsl.importer.table;

import java.util.List;

/**
 * A piece of a published table: a label of the format, a number (digits as printed, possibly several
 * cells run together), a blank cell, 「/」, or text the format does not know.
 *
 * @param kind    what it is
 * @param text    digits for a NUMBER (「-4」 for 「减4」), the text otherwise
 * @param start   input offset
 * @param end     input offset just after it
 * @param entries what a LABEL may be
 * @param glued   for a NUMBER: the characters on both sides belong to unknown text (「保留4位小数」); for
 *                TEXT: a note in a cell that runs over spaces (「（其中修订 3 件）」)
 */
record TableToken(Kind kind, String text, int start, int end, List<LabelDictionary.Entry> entries, boolean glued) {

	enum Kind {
		LABEL, NUMBER, BLANK, NOT_APPLICABLE, TEXT
	}

	boolean isValue() {
		return kind == Kind.NUMBER || kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE;
	}

	/** Digits only: may hold several cells run together. */
	boolean isPlainInteger() {
		if (kind != Kind.NUMBER || text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}
}
