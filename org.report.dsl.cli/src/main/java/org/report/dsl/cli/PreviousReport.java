package org.report.dsl.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.PreviousYear;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;

/**
 * {@code import --previous FILE}: the same organ's report for the year before (上年报告), read from
 * its .report source; its cells break ties between segmentations through X1 and X2.
 */
final class PreviousReport {

	/** The report read, or why it could not be. */
	record Read(PreviousYear previous, CliFinding problem) {
	}

	private PreviousReport() {
	}

	/**
	 * @param file    the .report named with --previous
	 * @param relPath how the imported report's 「上年」 line names it (relative to where it is written)
	 */
	static Read read(ReportLoader loader, ReportAnalysis analysis, Path file, String relPath) {
		FileCheck check = FileCheck.of(loader, file);
		if (check.unreadable()) {
			return new Read(null, check.findings().get(0));
		}
		if (check.findings().stream().anyMatch(f -> f.isError() && f.rule() == Rule.SYNTAX)) {
			return new Read(null, CliFinding.of(file.toString(), 1, 1, Rule.IO,
					"--previous 的上年报告有语法错误，无法读取其数值"));
		}
		Report report = (Report) check.resource().getContents().get(0);
		ReportData data = analysis.of(report);
		Map<CellRef, BigDecimal> values = new LinkedHashMap<>();
		for (TableDef table : data.format().tables()) {
			TableData read = data.table(table);
			if (read == null) {
				continue;
			}
			for (RowDef row : table.rows()) {
				for (ColumnDef column : row.columns()) {
					CellRef cell = new CellRef(table, row, column);
					values.put(cell, read.value(cell));
				}
			}
		}
		int year = parseYear(report.getYear());
		return new Read(new PreviousYear(relPath, report.getOrgan(), year, data.format().version(), values), null);
	}

	private static int parseYear(String year) {
		try {
			return year == null ? 0 : Integer.parseInt(year.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
