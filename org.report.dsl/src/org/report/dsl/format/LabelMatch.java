package org.report.dsl.format;

/**
 * What a written label resolved to.
 *
 * @param def  the row, column or section it names
 * @param kind how it was written
 */
public record LabelMatch<T>(T def, Kind kind) {

	public enum Kind {
		/** The official wording (numbering, brackets and spaces aside). */
		OFFICIAL,
		/** A short name defined in the format. */
		ALIAS,
		/** A wording seen in published reports that is not the official one: a warning. */
		VARIANT
	}

	public boolean isVariant() {
		return kind == Kind.VARIANT;
	}
}
