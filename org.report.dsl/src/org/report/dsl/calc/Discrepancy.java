package org.report.dsl.calc;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;

/**
 * A 勾稽关系 that does not hold.
 *
 * @param relation the relation
 * @param left     Σ of the left side as reported (or computed where omitted)
 * @param right    Σ of the right side
 * @param message  the finding in Chinese, naming values, computed value and difference
 */
public record Discrepancy(Relation relation, long left, long right, String message) {

	public String rule() {
		return relation.rule();
	}

	/** The cell the finding belongs at: the total for a sum, else the first cell of the left side. */
	public CellRef anchor() {
		return relation.left().get(0);
	}

	public long difference() {
		return Math.abs(left - right);
	}
}
