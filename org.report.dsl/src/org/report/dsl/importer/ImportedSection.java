package org.report.dsl.importer;

import java.util.List;

import org.report.dsl.format.SectionDef;

/**
 * A section as imported: its heading (null when the text lacks the section), narrative and part
 * headings before its table, the table, and narrative after it.
 */
record ImportedSection(SectionDef def, SectionSpan span, List<SectionText.Piece> before, ImportedTable table,
		List<SectionText.Piece> after) {

	boolean missing() {
		return span == null;
	}
}
