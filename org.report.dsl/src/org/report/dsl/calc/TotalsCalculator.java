package org.report.dsl.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;
import org.report.dsl.format.TableDef;

/**
 * The totals arithmetic of a table, free of any editor or parser: completes omitted totals from
 * their addends and checks every declared relation (R1–R4, R6). A cell not written is 0; a total not
 * written is computed.
 */
public final class TotalsCalculator {

	private final DiscrepancyMessages messages = new DiscrepancyMessages();

	/**
	 * @param table   the table definition with its relations
	 * @param written the cells the report writes, with their values
	 */
	public TotalsResult check(TableDef table, Map<CellRef, Long> written) {
		Map<CellRef, Long> values = new HashMap<>(written);
		Set<CellRef> computed = new HashSet<>();
		Set<CellRef> totals = new HashSet<>();
		for (Relation r : table.relations()) {
			if (r.kind() == Relation.Kind.SUM) {
				totals.add(r.total());
			}
		}
		completeTotals(table, values, computed, totals);
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (Relation r : table.relations()) {
			long left = sum(r.left(), values);
			long right = sum(r.right(), values);
			boolean holds = r.kind() == Relation.Kind.AT_MOST ? left <= right : left == right;
			if (!holds) {
				discrepancies.add(new Discrepancy(r, left, right, messages.describe(r, left, right, values, computed)));
			}
		}
		return new TotalsResult(values, computed, discrepancies);
	}

	/** Computes omitted totals, each once all its addends are known (totals of totals come last). */
	private static void completeTotals(TableDef table, Map<CellRef, Long> values, Set<CellRef> computed,
			Set<CellRef> totals) {
		boolean progress = true;
		while (progress) {
			progress = false;
			for (Relation r : table.relations()) {
				CellRef total = r.total();
				if (r.kind() != Relation.Kind.SUM || values.containsKey(total)) {
					continue;
				}
				boolean ready = r.right().stream().allMatch(c -> values.containsKey(c) || !totals.contains(c));
				if (ready) {
					values.put(total, sum(r.right(), values));
					computed.add(total);
					progress = true;
				}
			}
		}
	}

	static long sum(List<CellRef> cells, Map<CellRef, Long> values) {
		long s = 0;
		for (CellRef c : cells) {
			long v = values.getOrDefault(c, 0L);
			long t = s + v;
			// Saturate instead of wrapping: an overflowing sum must not look like a small one.
			s = ((s ^ t) & (v ^ t)) < 0 ? Long.MAX_VALUE : t;
		}
		return s;
	}
}
