package org.report.dsl.compare;

/**
 * A section or part heading one year has and the other has not (增加或删去的部分).
 *
 * @param heading the official heading (a section) or the heading as written (a part of section 一)
 * @param added   true when only this year has it, false when only last year had it
 */
public record SectionChange(String heading, boolean added) {
}
