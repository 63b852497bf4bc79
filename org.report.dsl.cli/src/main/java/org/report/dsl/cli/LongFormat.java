package org.report.dsl.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.report.dsl.publish.DataCell;

/**
 * The long format for analytics (长表): one row per cell of tables 二, 三 and 四, with the report it
 * comes from. Its columns, in this order, are those of {@link #COLUMNS}; docs/data.md describes them.
 */
interface LongFormat extends Closeable {

	/** The column names, as the CSV header and the Parquet schema write them. */
	List<String> COLUMNS = List.of("organ", "year", "format", "table", "row_id", "column_id", "cell_id", "row_group",
			"row_label", "column_label", "value", "origin", "not_applicable", "valid", "source_file");

	/**
	 * The report a run of rows comes from.
	 *
	 * @param format     2019 or 2021
	 * @param valid      false for a --force render of a report with errors
	 * @param sourceFile the .report file as named on the command line (or found under a named folder)
	 */
	record Report(String organ, int year, String format, boolean valid, String sourceFile) {
	}

	/** Appends the rows of one report's cells. */
	void write(Report report, List<DataCell> cells) throws IOException;
}
