package org.report.dsl.importer;

import java.util.List;

import org.report.dsl.format.SectionDef;
import org.report.dsl.importer.table.ImportedTable;
import org.report.dsl.importer.text.SectionSpan;
import org.report.dsl.importer.text.SectionText;

/**
 * A section as imported: its heading (null when the text lacks the section), narrative and part
 * headings before its table, the table, and narrative after it.
 */
public record ImportedSection(SectionDef def, SectionSpan span, List<SectionText.Piece> before, ImportedTable table,
		List<SectionText.Piece> after) {

	public boolean missing() {
		return span == null;
	}
}
