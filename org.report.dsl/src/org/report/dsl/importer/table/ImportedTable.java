package org.report.dsl.importer.table;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.solve.CellValue;

/**
 * A table as imported: the values recovered, the rows that could not be (written as unresolved), and
 * the notes the output shows above rows.
 *
 * @param variants   rows printed with a known variant label (kept, so validate warns as for the original)
 * @param firstToken input offset of the table's first label or value (-1: the section has no table)
 * @param lastToken  input offset just after its last one
 */
public record ImportedTable(TableDef def, Map<CellRef, CellValue> values, Set<RowDef> unresolved,
		Map<RowDef, List<String>> notes, Map<RowDef, String> variants, Set<CellRef> knownZero, int firstToken,
		int lastToken) {

	ImportedTable(TableDef def, Set<CellRef> knownZero, int firstToken, int lastToken) {
		this(def, new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), knownZero,
				firstToken, lastToken);
	}

	void note(RowDef row, String note) {
		notes.computeIfAbsent(row, r -> new java.util.ArrayList<>()).add(note);
	}

	public boolean hasTable() {
		return firstToken >= 0;
	}
}
