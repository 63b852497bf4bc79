package org.report.dsl.ide.source;

import org.eclipse.emf.ecore.EObject;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Value;

/** Finds the read cell that a source element (a named Cell or a positional Value) writes. */
public final class CellAt {

	private CellAt() {
	}

	/** The cell written by the element (or by its container Cell), or null; a duplicate is not the kept cell. */
	public static CellEntry of(ReportData data, EObject element) {
		EObject owner = element instanceof Value && element.eContainer() instanceof Cell ? element.eContainer()
				: element;
		for (TableData table : data.tables().values()) {
			for (CellEntry e : table.cells().values()) {
				if (e.owner() == owner) {
					return e;
				}
			}
		}
		return null;
	}
}
