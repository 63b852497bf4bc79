package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.FormatVersion;

/**
 * The summary over many reports (汇总), made by {@link Aggregator}: independent of the order in which
 * the reports were read.
 *
 * @param sources    every source, in the order of their paths
 * @param duplicates reports of an organ and year met before (not summed), with the one they repeat
 * @param formats    the formats the readable reports use (more than one: a mixed set)
 * @param cells      the cells summed ({@link Summarizer#CELLS}, the 2021 format)
 * @param totals     their sums over every summed report
 * @param groupBy    what {@link #groups} is by
 * @param groups     key figures per group
 * @param organs     key figures per organ
 * @param trend      key figures per organ and year
 * @param findings   findings per rule and organ (rule → organ → count)
 * @param all        key figures of every summed report
 */
public record Aggregation(List<ReportSummary> sources, List<Duplicate> duplicates, Set<FormatVersion> formats,
		List<CellRef> cells, List<BigDecimal> totals, GroupBy groupBy, SortedMap<String, KeyFigures> groups,
		SortedMap<String, KeyFigures> organs, SortedMap<String, SortedMap<Integer, KeyFigures>> trend,
		SortedMap<String, SortedMap<String, Integer>> findings, KeyFigures all) {

	/** A report of an organ and year already summed from another file. */
	public record Duplicate(ReportSummary report, String firstSource) {
	}

	public long count(SourceStatus status) {
		return sources.stream().filter(s -> s.status() == status).count();
	}

	/** Whether the run has anything to report: errors, unreadable files, duplicates, mixed formats. */
	public boolean hasProblems() {
		return count(SourceStatus.ERRORS) + count(SourceStatus.UNREADABLE) > 0 || !duplicates.isEmpty()
				|| formats.size() > 1;
	}

	/** The sum of one cell (0 for a cell the summary does not hold). */
	public BigDecimal total(CellRef cell) {
		int at = cells.indexOf(cell);
		return at < 0 ? BigDecimal.ZERO : totals.get(at);
	}

	/** The latest year among the summed reports (0 when none). */
	public int latestYear() {
		return sources.stream().filter(s -> s.status().summed()).mapToInt(ReportSummary::year).max().orElse(0);
	}
}
