package org.report.dsl.calc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;
import org.report.dsl.format.TableDef;

/**
 * Which cell is likely wrong (可能出错的单元格) when relations of a table fail. One wrong value breaks
 * every relation it takes part in — a planted error in 一、本年新收·自然人 breaks the row's 总计 (R3) and
 * the column's equation (R1) — so the cell the failing relations share is the likely culprit, and the
 * totals that report the failures are only involved. A total the report omits counts as its addends
 * (its value was computed from them). A failure that shares no cell with another has its written
 * total as the culprit (a sum), or no culprit (an equation or a bound alone: nothing says which side
 * is wrong). Shared by the review page and the editors, so both point at the same cell.
 */
public final class Culprits {

	/**
	 * Failures that one cell explains.
	 *
	 * @param culprit  the likely wrong cell, or null when nothing singles one out
	 * @param failures the failing relations it explains (at least one), in the calculator's order
	 * @param involved the other cells that report these failures: the total of a sum, both sides of an
	 *                 equation or a bound (without the culprit), in table order
	 * @param value    the value of the culprit that makes all its failures hold, or null when there is
	 *                 no culprit or the failures need different values
	 */
	public record Suspect(CellRef culprit, List<Discrepancy> failures, List<CellRef> involved, BigInteger value) {

		public boolean explains(Discrepancy d) {
			return failures.contains(d);
		}
	}

	private Culprits() {
	}

	/** The suspects of one checked table: every discrepancy belongs to exactly one of them. */
	public static List<Suspect> of(TableDef table, TotalsResult result) {
		List<Discrepancy> open = new ArrayList<>(result.discrepancies());
		Map<Discrepancy, Map<CellRef, Integer>> terms = new LinkedHashMap<>();
		for (Discrepancy d : open) {
			terms.put(d, d.relation().kind() == Relation.Kind.AT_MOST ? Map.of() : terms(d.relation(), table, result));
		}
		List<Suspect> suspects = new ArrayList<>();
		while (!open.isEmpty()) {
			CellRef shared = mostShared(open, terms);
			if (shared == null) {
				break;
			}
			List<Discrepancy> explained = open.stream().filter(d -> terms.get(d).containsKey(shared)).toList();
			open.removeAll(explained);
			suspects.add(suspect(shared, explained, terms, result));
		}
		for (Discrepancy d : open) {
			Relation r = d.relation();
			boolean writtenTotal = r.kind() == Relation.Kind.SUM && !result.computed().contains(r.total());
			suspects.add(suspect(writtenTotal ? r.total() : null, List.of(d), terms, result));
		}
		return List.copyOf(suspects);
	}

	/** The suspect that explains this discrepancy of the result. */
	public static Optional<Suspect> of(TableDef table, TotalsResult result, Discrepancy d) {
		return of(table, result).stream().filter(s -> s.explains(d)).findFirst();
	}

	/** The cell in most open failures (at least two); ties go to the first in table order. */
	private static CellRef mostShared(List<Discrepancy> open, Map<Discrepancy, Map<CellRef, Integer>> terms) {
		Map<CellRef, Integer> count = new HashMap<>();
		for (Discrepancy d : open) {
			for (CellRef c : terms.get(d).keySet()) {
				count.merge(c, 1, Integer::sum);
			}
		}
		return count.entrySet().stream().filter(e -> e.getValue() >= 2)
				.max(Comparator.<Map.Entry<CellRef, Integer>>comparingInt(Map.Entry::getValue)
						.thenComparing(Map.Entry::getKey, Comparator.comparing(Culprits::order).reversed()))
				.map(Map.Entry::getKey).orElse(null);
	}

	private static Suspect suspect(CellRef culprit, List<Discrepancy> failures,
			Map<Discrepancy, Map<CellRef, Integer>> terms, TotalsResult result) {
		Set<CellRef> involved = new LinkedHashSet<>();
		for (Discrepancy d : failures) {
			Relation r = d.relation();
			involved.addAll(r.left());
			if (r.kind() != Relation.Kind.SUM) {
				involved.addAll(r.right());
			}
		}
		involved.remove(culprit);
		List<CellRef> ordered = involved.stream().sorted(Comparator.comparing(Culprits::order)).toList();
		return new Suspect(culprit, List.copyOf(failures), ordered,
				culprit == null ? null : value(culprit, failures, terms, result));
	}

	/** The value of the culprit that makes every failure hold, or null when they disagree. */
	private static BigInteger value(CellRef culprit, List<Discrepancy> failures,
			Map<Discrepancy, Map<CellRef, Integer>> terms, TotalsResult result) {
		BigInteger value = null;
		for (Discrepancy d : failures) {
			int coefficient = terms.get(d).getOrDefault(culprit, 0);
			if (coefficient == 0 || d.relation().kind() == Relation.Kind.AT_MOST) {
				return null;
			}
			// Σ left − Σ right must become 0: the culprit moves by (right − left) / coefficient
			BigInteger[] step = d.right().subtract(d.left()).divideAndRemainder(BigInteger.valueOf(coefficient));
			if (step[1].signum() != 0) {
				return null;
			}
			BigInteger needed = result.value(culprit).add(step[0]);
			if (value != null && !value.equals(needed)) {
				return null;
			}
			value = needed;
		}
		return value;
	}

	/**
	 * The cells a relation depends on with their coefficients (+1 left, −1 right), computed totals
	 * replaced by their addends, cells that cancel out dropped.
	 */
	static Map<CellRef, Integer> terms(Relation r, TableDef table, TotalsResult result) {
		Map<CellRef, Integer> terms = new LinkedHashMap<>();
		for (CellRef c : r.left()) {
			add(terms, c, 1, table, result, 0);
		}
		for (CellRef c : r.right()) {
			add(terms, c, -1, table, result, 0);
		}
		terms.values().removeIf(v -> v == 0);
		return terms;
	}

	private static void add(Map<CellRef, Integer> terms, CellRef cell, int sign, TableDef table, TotalsResult result,
			int depth) {
		Relation sum = result.computed().contains(cell) && depth < 8 ? sumOf(table, cell) : null;
		if (sum == null) {
			terms.merge(cell, sign, Integer::sum);
			return;
		}
		for (CellRef addend : sum.right()) {
			add(terms, addend, sign, table, result, depth + 1);
		}
	}

	/** The first sum whose total is this cell (the one the calculator computed it from, or an equal one). */
	private static Relation sumOf(TableDef table, CellRef cell) {
		for (Relation r : table.relations()) {
			if (r.kind() == Relation.Kind.SUM && r.total().equals(cell)) {
				return r;
			}
		}
		return null;
	}

	/** Table order: row, then column. */
	private static int order(CellRef cell) {
		int row = cell.table().rows().indexOf(cell.row());
		return row * 1000 + cell.row().columns().indexOf(cell.column());
	}
}
