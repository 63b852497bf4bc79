package org.report.dsl.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.report.dsl.format.CellRef;

/**
 * One cell of the two years side by side (逐格对比). Cells correspond when the format model gives
 * them the same table, row and column id (a 2019 row and its 2021 successor share their id; a row
 * only one format has is compared with nothing).
 *
 * @param cell     the cell as this year's format defines it, or last year's when only that has it
 * @param previous last year's value; null when 「/」 or when last year's format has no such cell
 * @param current  this year's value; null when 「/」 or when this year's format has no such cell
 * @param presence in which years' formats the cell exists
 */
public record CellChange(CellRef cell, BigDecimal previous, BigDecimal current, Presence presence) {

	/** In which years' formats a cell exists. */
	public enum Presence {
		/** 两年均有 */
		BOTH,
		/** 仅本年格式有（上年格式无此项） */
		CURRENT_ONLY,
		/** 仅上年格式有（本年格式无此项） */
		PREVIOUS_ONLY
	}

	/** This year minus last year, or null when either side has no number. */
	public BigDecimal delta() {
		return previous == null || current == null ? null : current.subtract(previous);
	}

	/**
	 * The change in per cent of last year's value, one decimal (half up); null when there is no
	 * delta or last year was 0 (0→n is {@link #fromZero()}, 0→0 no change).
	 */
	public BigDecimal percent() {
		BigDecimal delta = delta();
		if (delta == null || previous.signum() == 0) {
			return null;
		}
		return delta.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
	}

	/** Last year 0, this year not: a change no percentage expresses (从无到有). */
	public boolean fromZero() {
		BigDecimal delta = delta();
		return delta != null && previous.signum() == 0 && delta.signum() != 0;
	}

	public boolean changed() {
		BigDecimal delta = delta();
		return delta != null && delta.signum() != 0;
	}
}
