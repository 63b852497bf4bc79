package org.report.dsl.format;

import java.util.List;

/**
 * A 勾稽关系 between cells of one table, declared as data: Σ left (op) Σ right.
 * For {@link Kind#SUM} the left side is a single total cell, computed from the right side when the
 * report omits it.
 *
 * @param rule    the rule it belongs to (R1 …)
 * @param kind    how the two sides compare
 * @param subject what the relation is about in messages (a column or row label), e.g. 自然人
 * @param left    the left side
 * @param right   the right side
 */
public record Relation(Rule rule, Kind kind, String subject, List<CellRef> left, List<CellRef> right) {

	public enum Kind {
		/** left (one total cell) = Σ right; the total may be omitted and is then computed. */
		SUM,
		/** Σ left = Σ right. */
		EQUAL,
		/** Σ left ≤ Σ right. */
		AT_MOST
	}

	public CellRef total() {
		return left.get(0);
	}
}
