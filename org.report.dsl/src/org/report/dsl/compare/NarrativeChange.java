package org.report.dsl.compare;

/**
 * A sentence of the narrative that says the same as last year's with other numbers (数字有变化的叙述).
 *
 * @param section  the section number (1 一 … 6 六)
 * @param previous last year's sentence
 * @param current  this year's sentence
 */
public record NarrativeChange(int section, String previous, String current) {
}
