package org.report.dsl.importer.text;

import org.report.dsl.format.SectionDef;

/**
 * A section heading found in the input, and the text it governs.
 *
 * @param def          the section
 * @param variant      the known variant wording the heading uses, or null for the official one
 * @param headingStart offset of the heading (markdown marks included)
 * @param headingEnd   offset just after it
 * @param bodyEnd      offset where the next section's heading starts, or the end of the input
 * @param printed      the heading as printed when it is numbered or worded differently from the format
 *                     and its known variants (read as the official heading), or null
 */
public record SectionSpan(SectionDef def, String variant, int headingStart, int headingEnd, int bodyEnd,
		String printed) {

	public SectionSpan(SectionDef def, String variant, int headingStart, int headingEnd, int bodyEnd) {
		this(def, variant, headingStart, headingEnd, bodyEnd, null);
	}

	/** The heading as the output writes it: the official label, or the published variant. */
	public String heading() {
		return variant == null ? def.label() : variant;
	}

	SectionSpan withBodyEnd(int end) {
		return new SectionSpan(def, variant, headingStart, headingEnd, end, printed);
	}
}
