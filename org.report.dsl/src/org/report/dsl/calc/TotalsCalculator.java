package org.report.dsl.calc;

import java.math.BigInteger;
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
		Map<CellRef, BigInteger> values = new HashMap<>();
		written.forEach((cell, v) -> values.put(cell, BigInteger.valueOf(v)));
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
			BigInteger left = sum(r.left(), values);
			BigInteger right = sum(r.right(), values);
			int cmp = left.compareTo(right);
			boolean holds = r.kind() == Relation.Kind.AT_MOST ? cmp <= 0 : cmp == 0;
			if (!holds) {
				if (!derived(r, computed)) {
					discrepancies.add(new Discrepancy(r, left, right, messages.describe(r, left, right, values, computed)));
				}
			}
		}
		return new TotalsResult(values, computed, discrepancies);
	}

	/** Computes omitted totals, each once all its addends are known (totals of totals come last). */
	private static void completeTotals(TableDef table, Map<CellRef, BigInteger> values, Set<CellRef> computed,
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

	/** Exact: a sum of 64-bit cells may exceed 64 bits. */
	static BigInteger sum(List<CellRef> cells, Map<CellRef, BigInteger> values) {
		BigInteger s = BigInteger.ZERO;
		for (CellRef c : cells) {
			s = s.add(values.getOrDefault(c, BigInteger.ZERO));
		}
		return s;
	}

	/**
	 * Whether a failed relation only restates another failure: a total the report omits was computed
	 * from one relation, so another relation over it fails only where written cells already fail
	 * elsewhere (a grand total computed from its column cannot also match its row when a column is
	 * wrong). Reporting it would turn one mistake into several findings about cells nobody wrote.
	 */
	private static boolean derived(Relation r, Set<CellRef> computed) {
		if (r.kind() == Relation.Kind.SUM) {
			return computed.contains(r.total());
		}
		return computed.containsAll(r.left()) && computed.containsAll(r.right());
	}
}
