package org.report.dsl.importer.solve;

import java.util.List;

import org.report.dsl.format.CellRef;

/**
 * A run of printed values to split into cells (数字切分): the cells they fill, in official order, and
 * the values as printed — numbers (digits of several cells possibly run together, 「713000074」), blank
 * cells and 「/」. A run stands for a place in the text, so two runs are never equal unless they are
 * the same run.
 */
public final class DigitRun {

	private final List<CellRef> cells;
	private final List<CellValue> printed;
	private final boolean atCut;
	private final boolean absent;

	private DigitRun(List<CellRef> cells, List<CellValue> printed, boolean atCut, boolean absent) {
		this.cells = List.copyOf(cells);
		this.printed = List.copyOf(printed);
		this.atCut = atCut;
		this.absent = absent;
	}

	/**
	 * @param cells   the cells the values fill, in official order
	 * @param printed the values as printed ({@link CellValue#number}, {@link CellValue#BLANK},
	 *                {@link CellValue#NOT_APPLICABLE})
	 */
	public static DigitRun of(List<CellRef> cells, List<CellValue> printed) {
		return new DigitRun(cells, printed, false, false);
	}

	/** A run in which the text stops: cells missing at its end are lost, not blank. */
	public static DigitRun atCut(List<CellRef> cells, List<CellValue> printed) {
		return new DigitRun(cells, printed, true, false);
	}

	/** A row the text does not print at all: its cells are unknown until the rules pin them. */
	public static DigitRun absent(List<CellRef> cells) {
		return new DigitRun(cells, List.of(), false, true);
	}

	public List<CellRef> cells() {
		return cells;
	}

	public List<CellValue> printed() {
		return printed;
	}

	public boolean atCut() {
		return atCut;
	}

	public boolean absent() {
		return absent;
	}

	@Override
	public String toString() {
		return (absent ? "absent " : atCut ? "cut " : "") + printed.stream().map(CellValue::text).toList() + " → "
				+ cells.size() + " cells";
	}
}
