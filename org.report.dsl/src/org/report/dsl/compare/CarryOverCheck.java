package org.report.dsl.compare;

import java.math.BigDecimal;

import org.report.dsl.format.CrossYearRelation;

/**
 * A 勾稽关系 across the two years (X1 上年结转, X2 现行有效件数) evaluated on the pair: Σ sign·(this
 * year's cell) against last year's cell ({@link CrossYearRelation}).
 *
 * @param relation the relation as the format declares it
 * @param current  this year's side: Σ sign·cell
 * @param previous last year's cell
 */
public record CarryOverCheck(CrossYearRelation relation, BigDecimal current, BigDecimal previous) {

	public boolean holds() {
		return current.compareTo(previous) == 0;
	}
}
