package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableDef;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;

/**
 * One source file read, checked and reduced to its {@link ReportSummary} and its cells in the summary's
 * order ({@link #CELLS}: the 2021 format's cells; a 2019-format report's cells are placed where the format
 * model gives them the same ids, the others are left out). The model is dropped when this returns.
 * Thread-safe.
 */
final class Summarizer {

	/** The summary's format: the one in force. */
	static final ReportFormat FORMAT = ReportFormat.of(FormatVersion.V2021);

	/** The cells the summary sums, in official order. */
	static final List<CellRef> CELLS = cells(FORMAT);

	private static final Map<String, Integer> INDEX = index();

	/** A file read: its summary, and its cell values (null when unreadable). */
	record Read(ReportSummary summary, BigDecimal[] cells) {
	}

	private final ReportLoader loader;
	private final ReportAnalysis analysis;

	Summarizer(ReportLoader loader, ReportAnalysis analysis) {
		this.loader = loader;
		this.analysis = analysis;
	}

	Read read(Path file, String source, String folder) {
		CheckedReport checked = loader.check(file);
		if (!checked.readable()) {
			return unreadable(source, folder, checked.unreadable().message());
		}
		Report report = checked.report();
		int errors = 0, warnings = 0;
		String problem = null;
		List<String> rules = new ArrayList<>();
		for (Issue issue : checked.issues()) {
			if (issue.getSeverity() == Severity.ERROR) {
				errors++;
				if (problem == null) {
					problem = "第 " + issue.getLineNumber() + " 行：" + issue.getMessage();
				}
			} else if (issue.getSeverity() == Severity.WARNING) {
				warnings++;
			} else {
				continue;
			}
			if (issue.getCode() != null) {
				rules.add(issue.getCode());
			}
		}
		if (report == null || report.getOrgan() == null || report.getOrgan().isBlank() || year(report) == 0) {
			return unreadable(source, folder, "不是政府信息公开工作年度报告" + (problem != null ? "（" + problem + "）" : ""));
		}
		ReportData data = analysis.of(report);
		BigDecimal[] cells = values(data);
		SourceStatus status = errors > 0 ? SourceStatus.ERRORS
				: warnings > 0 ? SourceStatus.WARNINGS : SourceStatus.VALID;
		return new Read(new ReportSummary(source, folder, report.getOrgan(), year(report), data.format().version(),
				status, errors, warnings, problem, rules, figures(cells)), cells);
	}

	private static Read unreadable(String source, String folder, String why) {
		return new Read(new ReportSummary(source, folder, "", 0, null, SourceStatus.UNREADABLE, 1, 0, why, List.of(),
				KeyFigures.NONE), null);
	}

	private static int year(Report report) {
		try {
			return report.getYear() == null ? 0 : Integer.parseInt(report.getYear());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The report's cells (written, computed or 0) placed in {@link #CELLS} order. */
	private static BigDecimal[] values(ReportData data) {
		BigDecimal[] values = new BigDecimal[CELLS.size()];
		for (Placed p : places(data.format())) {
			TableData t = data.table(p.cell().table());
			if (t != null) {
				values[p.at()] = t.value(p.cell());
			}
		}
		return values;
	}

	/** A cell of a report's format and where it goes in {@link #CELLS}. */
	private record Placed(CellRef cell, int at) {
	}

	/** Per format (by identity: a format swapped in by FormatCatalog gets its own), computed once. */
	private static final Map<ReportFormat, List<Placed>> PLACES = Collections.synchronizedMap(new IdentityHashMap<>());

	private static List<Placed> places(ReportFormat format) {
		return PLACES.computeIfAbsent(format, f -> {
			List<Placed> places = new ArrayList<>();
			for (TableDef table : f.tables()) {
				for (RowDef row : table.rows()) {
					for (ColumnDef column : row.columns()) {
						Integer at = INDEX.get(key(table.id(), row.id(), column.id()));
						if (at != null) {
							places.add(new Placed(new CellRef(table, row, column), at));
						}
					}
				}
			}
			return List.copyOf(places);
		});
	}

	private static KeyFigures figures(BigDecimal[] v) {
		return new KeyFigures(1, v(v, Table3.TABLE.in(FORMAT), Table3.NEW.in(FORMAT), Table3.TOTAL),
				v(v, Table3.TABLE.in(FORMAT), Table3.RESULT_TOTAL.in(FORMAT), Table3.TOTAL),
				v(v, Table3.TABLE.in(FORMAT), Table3.DISCLOSED.in(FORMAT), Table3.TOTAL),
				v(v, Table4.TABLE.in(FORMAT), Table4.REVIEW.in(FORMAT), Table4.TOTAL),
				v(v, Table4.TABLE.in(FORMAT), Table4.REVIEW.in(FORMAT), Table4.CORRECTED),
				v(v, Table4.TABLE.in(FORMAT), Table4.SUIT_DIRECT.in(FORMAT), Table4.TOTAL)
						.add(v(v, Table4.TABLE.in(FORMAT), Table4.SUIT_AFTER_REVIEW.in(FORMAT), Table4.TOTAL)),
				v(v, Table4.TABLE.in(FORMAT), Table4.SUIT_DIRECT.in(FORMAT), Table4.CORRECTED)
						.add(v(v, Table4.TABLE.in(FORMAT), Table4.SUIT_AFTER_REVIEW.in(FORMAT), Table4.CORRECTED)));
	}

	private static BigDecimal v(BigDecimal[] values, TableDef table, RowDef row,
			org.report.dsl.format.ColumnKey column) {
		Integer at = INDEX.get(key(table.id(), row.id(), column.of(row).id()));
		BigDecimal value = at == null ? null : values[at];
		return value == null ? BigDecimal.ZERO : value;
	}

	private static List<CellRef> cells(ReportFormat format) {
		List<CellRef> cells = new ArrayList<>();
		for (TableDef table : format.tables()) {
			for (RowDef row : table.rows()) {
				for (ColumnDef column : row.columns()) {
					cells.add(new CellRef(table, row, column));
				}
			}
		}
		return List.copyOf(cells);
	}

	private static Map<String, Integer> index() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < CELLS.size(); i++) {
			CellRef c = CELLS.get(i);
			index.put(key(c.table().id(), c.row().id(), c.column().id()), i);
		}
		return Map.copyOf(index);
	}

	private static String key(String table, String row, String column) {
		return table + '\u0000' + row + '\u0000' + column;
	}
}
