/**
 * Import stage 2, the tables: a table's text as canonical characters, cut into tokens by the format's
 * label dictionary, read into runs of values by the format's layout (with the findings the layout
 * gives), and turned into values through {@link org.report.dsl.importer.solve.Solver}.
 */
package org.report.dsl.importer.table;
