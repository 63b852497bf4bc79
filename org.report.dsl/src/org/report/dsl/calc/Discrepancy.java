package org.report.dsl.calc;

import java.math.BigInteger;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;
import org.report.dsl.format.Rule;

/**
 * A 勾稽关系 that does not hold.
 *
 * @param relation the relation
 * @param left     Σ of the left side as reported (or computed where omitted)
 * @param right    Σ of the right side
 * @param message  the finding in Chinese, naming values, computed value and difference
 */
public record Discrepancy(Relation relation, BigInteger left, BigInteger right, String message) {

	public Rule rule() {
		return relation.rule();
	}

	/** The cell the finding belongs at: the total for a sum, else the first cell of the left side. */
	public CellRef anchor() {
		return relation.left().get(0);
	}

	public BigInteger difference() {
		return left.subtract(right).abs();
	}
}
