package org.report.dsl.importer.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;

/**
 * Chooses among the candidates of a table's runs so that the rules hold: first bounds propagation
 * (which alone settles most tables), then a depth-first search over the runs still open, pruned by
 * the bounds each rule leaves and remembering dead ends, so a table 三 whose 175 cells are all run
 * together is solved in milliseconds. Rules among published cells that no choice touches are not
 * checked here: the import reproduces the published numbers, validation judges them.
 */
final class TableSolver {

	static final int MAX_SOLUTIONS = 1000;

	/** A run with its candidates. */
	record Choice(DigitRun run, List<Candidate> candidates) {
	}

	private final List<Choice> choices;
	private final Map<DigitRun, RunReadings> unreadable;
	private final Map<CellRef, Integer> index = new HashMap<>();
	private final List<Bounds.Equation> equations = new ArrayList<>();
	private final List<List<Candidate>> candidates = new ArrayList<>();
	private final List<int[]> cellsOf = new ArrayList<>();
	private Bounds bounds;

	private TableSolver(List<Choice> choices, List<LinearConstraint> constraints, Set<CellRef> knownZero,
			Map<DigitRun, RunReadings> unreadable) {
		this.choices = choices;
		this.unreadable = unreadable;
		for (Choice c : choices) {
			int[] cells = new int[c.run().cells().size()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = index.computeIfAbsent(c.run().cells().get(i), k -> index.size());
			}
			cellsOf.add(cells);
			candidates.add(new ArrayList<>(c.candidates()));
		}
		for (LinearConstraint lc : constraints) {
			List<Integer> cells = new ArrayList<>();
			List<Integer> coefficients = new ArrayList<>();
			boolean usable = true;
			for (int i = 0; i < lc.cells().size(); i++) {
				Integer at = index.get(lc.cells().get(i));
				if (at != null) {
					cells.add(at);
					coefficients.add(lc.coefficients()[i]);
				} else if (!knownZero.contains(lc.cells().get(i))) {
					usable = false; // a cell the text does not give: the rule cannot help
				}
			}
			if (usable) {
				equations.add(new Bounds.Equation(lc.rule(), cells.stream().mapToInt(Integer::intValue).toArray(),
						coefficients.stream().mapToInt(Integer::intValue).toArray(), lc.constant()));
			}
		}
	}

	static Solution solve(List<Choice> choices, List<LinearConstraint> constraints, Set<CellRef> knownZero,
			Map<DigitRun, RunReadings> unreadable) {
		return new TableSolver(choices, constraints, knownZero, unreadable).run();
	}

	private Solution run() {
		List<Bounds.Equation> active = active();
		List<List<Candidate>> before = candidates.stream().map(List::copyOf).toList();
		if (!narrow(active)) {
			// nothing fits: every run keeps the readings it had, none is chosen by a failed narrowing
			for (int r = 0; r < choices.size(); r++) {
				candidates.set(r, new ArrayList<>(before.get(r)));
			}
			return outcome(List.of(), 0, new boolean[choices.size()]);
		}
		active = active();
		// runs no rule touches are independent: each keeps all its candidates, no search needed
		boolean[] searched = new boolean[choices.size()];
		Set<Integer> touched = new HashSet<>();
		active.forEach(e -> Arrays.stream(e.cells()).forEach(touched::add));
		int independent = 1;
		for (int r = 0; r < choices.size(); r++) {
			searched[r] = !settled(r) && Arrays.stream(cellsOf.get(r)).anyMatch(touched::contains);
			if (!settled(r) && !searched[r]) {
				independent = (int) Math.min((long) independent * candidates.get(r).size(), MAX_SOLUTIONS + 1);
			}
		}
		List<Candidate[]> solutions = new CandidateSearch(this, active, searched).run();
		int count = (int) Math.min((long) solutions.size() * independent, MAX_SOLUTIONS + 1);
		return outcome(solutions, count, searched);
	}

	/** Equations that touch a run not yet settled. */
	private List<Bounds.Equation> active() {
		Set<Integer> open = new HashSet<>();
		for (int r = 0; r < choices.size(); r++) {
			if (!settled(r)) {
				for (int c : cellsOf.get(r)) {
					open.add(c);
				}
			}
		}
		List<Bounds.Equation> active = new ArrayList<>();
		for (Bounds.Equation e : equations) {
			if (Arrays.stream(e.cells()).anyMatch(open::contains) && countsKnownOrOpen(e, open)) {
				active.add(e);
			}
		}
		return active;
	}

	/** Every settled cell of the equation has a count (not a decimal). */
	private boolean countsKnownOrOpen(Bounds.Equation e, Set<Integer> open) {
		for (int c : e.cells()) {
			if (!open.contains(c) && settledValue(c) == null) {
				return false;
			}
		}
		return true;
	}

	boolean settled(int run) {
		return candidates.get(run).size() == 1 && !candidates.get(run).get(0).hasUnknown();
	}

	private Long settledValue(int cell) {
		for (int r = 0; r < choices.size(); r++) {
			int[] cells = cellsOf.get(r);
			for (int i = 0; i < cells.length; i++) {
				if (cells[i] == cell) {
					return settled(r) ? candidates.get(r).get(0).values()[i].count() : null;
				}
			}
		}
		return null;
	}

	/** Bounds propagation and candidate filtering until nothing changes; false when nothing fits. */
	private boolean narrow(List<Bounds.Equation> active) {
		if (active.isEmpty()) {
			return true;
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			bounds = boundsOfCandidates();
			if (!bounds.propagate(active)) {
				return false;
			}
			for (int r = 0; r < choices.size(); r++) {
				List<Candidate> kept = new ArrayList<>();
				Map<String, Candidate> distinct = new LinkedHashMap<>();
				for (Candidate c : candidates.get(r)) {
					Candidate pinned = fit(c, cellsOf.get(r), bounds);
					if (pinned != null) {
						distinct.putIfAbsent(pinned.key(), pinned);
					}
				}
				kept.addAll(distinct.values());
				if (kept.isEmpty()) {
					return false;
				}
				if (!keys(kept).equals(keys(candidates.get(r)))) {
					candidates.set(r, kept);
					changed = true;
				}
			}
		}
		return true;
	}

	/** Candidates hold arrays, so their records never compare equal: compare what they say. */
	private static List<String> keys(List<Candidate> list) {
		return list.stream().map(Candidate::key).toList();
	}

	Bounds boundsOfCandidates() {
		Bounds b = new Bounds(index.size());
		Arrays.fill(b.lo, Bounds.INF);
		Arrays.fill(b.hi, -Bounds.INF);
		for (int r = 0; r < choices.size(); r++) {
			int[] cells = cellsOf.get(r);
			for (Candidate c : candidates.get(r)) {
				for (int i = 0; i < cells.length; i++) {
					Long v = c.values()[i].count();
					long lo = v == null ? 0 : v, hi = v == null ? Bounds.INF : v;
					b.lo[cells[i]] = Math.min(b.lo[cells[i]], lo);
					b.hi[cells[i]] = Math.max(b.hi[cells[i]], hi);
				}
			}
		}
		return b;
	}

	/** The candidate within the bounds, unknown cells the bounds pin filled in; null when outside. */
	static Candidate fit(Candidate c, int[] cells, Bounds b) {
		CellValue[] values = c.values().clone();
		for (int i = 0; i < cells.length; i++) {
			Long v = values[i].count();
			int cell = cells[i];
			if (v != null && (v < b.lo[cell] || v > b.hi[cell])) {
				return null;
			}
			if (!values[i].known() && b.lo[cell] == b.hi[cell]) {
				values[i] = CellValue.number(Long.toString(b.lo[cell]));
			}
		}
		return new Candidate(values, c.split(), c.gaps(), c.dropped());
	}

	List<Candidate> candidates(int run) {
		return candidates.get(run);
	}

	int[] cells(int run) {
		return cellsOf.get(run);
	}

	int runs() {
		return choices.size();
	}

	int cellCount() {
		return index.size();
	}

	private Solution outcome(List<Candidate[]> solutions, int count, boolean[] searched) {
		Map<DigitRun, Candidate> chosen = new LinkedHashMap<>();
		Map<DigitRun, List<Candidate>> open = new LinkedHashMap<>();
		for (int r = 0; r < choices.size(); r++) {
			DigitRun run = choices.get(r).run();
			if (count == 0 || !settled(r) && !searched[r]) {
				if (settled(r)) {
					chosen.put(run, candidates.get(r).get(0));
				} else {
					open.put(run, candidates.get(r));
				}
				continue;
			}
			Map<String, Candidate> seen = new LinkedHashMap<>();
			for (Candidate[] s : solutions) {
				seen.putIfAbsent(s[r].key(), s[r]);
			}
			List<Candidate> distinct = List.copyOf(seen.values());
			if (distinct.size() == 1 && !distinct.get(0).hasUnknown() && solutions.size() <= MAX_SOLUTIONS) {
				chosen.put(run, distinct.get(0));
			} else {
				open.put(run, distinct);
			}
		}
		return new Solution(chosen, open, unreadable, count);
	}
}
