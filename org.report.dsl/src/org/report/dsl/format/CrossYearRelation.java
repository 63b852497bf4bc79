package org.report.dsl.format;

import java.util.List;

/**
 * A 勾稽关系 across years, declared as data: Σ sign·(this year's cell) = last year's cell. The first
 * term is the cell the relation checks (coefficient +1), so it holds when that cell equals last
 * year's value minus the other terms. Validation (X1, X2) and the importer's tie-breakers read the
 * same declarations ({@link CrossYearRelations}).
 *
 * @param rule          X1 or X2
 * @param subject       what messages name the relation by: a column label (X1) or a row label (X2)
 * @param terms         this year's cells with their signs, the checked cell first
 * @param previous      last year's cell
 * @param previousName  how an import finding names last year's value, e.g. 结转下年
 */
public record CrossYearRelation(Rule rule, String subject, List<Term> terms, CellRef previous, String previousName) {

	/**
	 * One cell of this year's side.
	 *
	 * @param sign +1 or −1
	 * @param cell the cell
	 * @param name how messages name it, e.g. 二、上年结转 or 本年制发
	 */
	public record Term(int sign, CellRef cell, String name) {
	}

	/** The cell the relation checks (this year's 上年结转, 现行有效件数). */
	public CellRef checked() {
		return terms.get(0).cell();
	}

	/** The table of this year's side. */
	public TableDef table() {
		return checked().table();
	}
}
