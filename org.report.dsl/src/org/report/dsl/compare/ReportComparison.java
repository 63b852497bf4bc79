package org.report.dsl.compare;

import java.util.List;

import org.report.dsl.format.FormatVersion;

/**
 * One organ's two years compared (年度对比): every cell side by side, the carried-over checks, the
 * largest changes, narrative sentences whose numbers changed, sections added or removed. Made by
 * {@link ReportComparer}.
 *
 * @param organ           this year's organ (机关名称)
 * @param previousOrgan   last year's organ, as written there
 * @param previousYear    last year's report year
 * @param currentYear     this year's report year
 * @param previousFormat  the format last year's report uses
 * @param currentFormat   the format this year's report uses
 * @param cells           every cell, table by table in this year's official order, then the cells
 *                        only last year's format has
 * @param checks          X1 (and X2 between two 2021-format reports), in the format's order
 * @param largest         the largest changes (see {@link ReportComparer#LARGEST})
 * @param narrative       narrative sentences whose numbers changed, in this year's order
 * @param sections        sections and parts added or removed
 */
public record ReportComparison(String organ, String previousOrgan, int previousYear, int currentYear,
		FormatVersion previousFormat, FormatVersion currentFormat, List<CellChange> cells,
		List<CarryOverCheck> checks, List<CellChange> largest, List<NarrativeChange> narrative,
		List<SectionChange> sections) {

	public ReportComparison {
		cells = List.copyOf(cells);
		checks = List.copyOf(checks);
		largest = List.copyOf(largest);
		narrative = List.copyOf(narrative);
		sections = List.copyOf(sections);
	}

	/** Whether the two reports are of the same organ and consecutive years. */
	public boolean consecutive() {
		return organ.equals(previousOrgan) && currentYear == previousYear + 1;
	}

	/** Whether every carried-over check holds. */
	public boolean checksHold() {
		return checks.stream().allMatch(CarryOverCheck::holds);
	}

	/** The number of cells whose value changed. */
	public long changedCells() {
		return cells.stream().filter(CellChange::changed).count();
	}
}
