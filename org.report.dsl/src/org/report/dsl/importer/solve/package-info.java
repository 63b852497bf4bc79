/**
 * Import stage 3, the solver (切分求解), with no knowledge of the text: {@link
 * org.report.dsl.importer.solve.Solver} splits runs of printed values into cells so that the table's
 * linear constraints (R1–R4, tie-breakers X1/X2 and numbers the narrative states) hold, and returns
 * the unique solution, the ambiguous candidates or none. Segmentation, bounds propagation and the
 * search are package-private.
 */
package org.report.dsl.importer.solve;
