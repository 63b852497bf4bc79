package org.report.dsl.compare;

import java.math.BigDecimal;

/** How a comparison prints values and changes (every front end the same: HTML, text). */
public final class ChangeText {

	private ChangeText() {
	}

	/** A value: its digits, 「/」 for not applicable, 「—」 where the year's format has no such cell. */
	public static String previous(CellChange c) {
		return c.presence() == CellChange.Presence.CURRENT_ONLY ? "—" : value(c.previous());
	}

	public static String current(CellChange c) {
		return c.presence() == CellChange.Presence.PREVIOUS_ONLY ? "—" : value(c.current());
	}

	private static String value(BigDecimal v) {
		return v == null ? "/" : v.toPlainString();
	}

	/** +3, -2, 0; empty when there is nothing to subtract. */
	public static String delta(CellChange c) {
		BigDecimal d = c.delta();
		return d == null ? "" : (d.signum() > 0 ? "+" : "") + d.toPlainString();
	}

	/** +12.5%, -100.0%; 「上年为0」 for 0→n; empty when unchanged from 0 or not comparable. */
	public static String percent(CellChange c) {
		if (c.fromZero()) {
			return "上年为0";
		}
		BigDecimal p = c.percent();
		return p == null ? "" : (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
	}

	/** Why a cell has no counterpart, or empty. */
	public static String note(CellChange c) {
		return switch (c.presence()) {
		case BOTH -> "";
		case CURRENT_ONLY -> "上年格式无此项";
		case PREVIOUS_ONLY -> "本年格式无此项";
		};
	}
}
