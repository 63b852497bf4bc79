package org.report.dsl.calc;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;

/**
 * The outcome of checking one table.
 *
 * @param values        every cell that has a value: written, computed total, or 0 when not written
 * @param computed      the totals that were omitted and computed
 * @param discrepancies the relations that do not hold
 */
public record TotalsResult(Map<CellRef, BigInteger> values, Set<CellRef> computed, List<Discrepancy> discrepancies) {

	public BigInteger value(CellRef cell) {
		return values.getOrDefault(cell, BigInteger.ZERO);
	}
}
