package org.report.dsl.importer.solve;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;

/**
 * Σ coefficient·cell = constant over cells of one table: a 勾稽关系 of the format (R1–R4, from
 * {@link Relation}), or what a tie-breaker knows (X1: 上年结转 = last year's 结转下年; X2; a number the
 * narrative states).
 *
 * @param rule        the rule id or source, for messages
 * @param cells       the cells
 * @param coefficients +1 or -1 for each cell
 * @param constant    the right-hand side
 */
public record LinearConstraint(String rule, List<CellRef> cells, int[] coefficients, long constant) {

	/** The equality a SUM or EQUAL relation states; null for others (R6's ≤ does not segment). */
	public static LinearConstraint of(Relation r) {
		if (r.kind() == Relation.Kind.AT_MOST) {
			return null;
		}
		List<CellRef> cells = new ArrayList<>(r.left());
		cells.addAll(r.right());
		int[] coefficients = new int[cells.size()];
		for (int i = 0; i < cells.size(); i++) {
			coefficients[i] = i < r.left().size() ? 1 : -1;
		}
		return new LinearConstraint(r.rule().id(), List.copyOf(cells), coefficients, 0);
	}

	public static LinearConstraint equal(String rule, CellRef cell, long value) {
		return new LinearConstraint(rule, List.of(cell), new int[] { 1 }, value);
	}
}
