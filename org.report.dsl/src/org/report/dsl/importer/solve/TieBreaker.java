package org.report.dsl.importer.solve;

/**
 * Knowledge beyond the table's own rules that may single out one segmentation among several: a rule
 * across years (X1, X2) or a number the narrative states.
 *
 * @param source     what it rests on, for the finding: 「X1（上年报告 …）」 or 「叙述「现行有效…698件」」
 * @param constraint what it says
 */
public record TieBreaker(String source, LinearConstraint constraint) {
}
