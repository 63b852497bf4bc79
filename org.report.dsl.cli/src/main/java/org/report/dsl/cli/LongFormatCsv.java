package org.report.dsl.cli;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.report.dsl.publish.DataCell;

/**
 * The long format as CSV (RFC 4180 through Apache Commons CSV: CRLF line ends, fields quoted when they
 * hold a comma, quote or line break). Files start with a UTF-8 byte order mark: Excel on a Chinese
 * Windows reads a CSV without one in the ANSI code page (GBK) and garbles every label; with it, Excel
 * reads UTF-8, and DuckDB, pandas (encoding utf-8-sig) and Spark skip it.
 */
final class LongFormatCsv implements LongFormat {

	/** The byte order mark written first into files (not into standard output). */
	static final char BOM = '\uFEFF';

	private final CSVPrinter printer;
	/** Whether closing closes the output too (a file: yes; standard output: no, only flushed). */
	private final boolean file;

	/** @param file a file (starts with the byte order mark, closed at the end) or standard output (neither) */
	LongFormatCsv(Appendable out, boolean file) throws IOException {
		this.file = file;
		if (file) {
			out.append(BOM);
		}
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
	}

	@Override
	public void write(Report report, List<DataCell> cells) throws IOException {
		for (DataCell c : cells) {
			printer.printRecord(report.organ(), report.year(), report.format(), c.table(), c.row(), c.column(), c.id(),
					c.rowGroup() == null ? "" : c.rowGroup(), c.rowLabel(), c.columnLabel(),
					c.value() == null ? "" : c.value().toPlainString(), c.origin().id(), c.notApplicable(),
					report.valid(), report.sourceFile());
		}
	}

	@Override
	public void close() throws IOException {
		if (file) {
			printer.close(true);
		} else {
			printer.flush();
		}
	}
}
