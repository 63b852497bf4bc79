package org.report.dsl.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.report.dsl.format.CellRef;
import org.report.dsl.reportDsl.Value;

/**
 * A cell as the report writes it.
 *
 * @param cell   which cell
 * @param value  the written value node (for its location)
 * @param owner  the element that holds the cell: a Cell, or the Value itself for a positional value
 * @param number the value; null for 「/」 or an unreadable number
 */
public record CellEntry(CellRef cell, Value value, EObject owner, BigDecimal number) {

	public boolean notApplicable() {
		return value.isNotApplicable();
	}
}
