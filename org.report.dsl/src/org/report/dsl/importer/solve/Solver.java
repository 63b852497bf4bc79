package org.report.dsl.importer.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;

/**
 * The import's solver (切分求解), apart from reading the text: given a table's linear constraints
 * (勾稽关系 R1–R4 as {@link LinearConstraint#of}), the cells fixed at 0 (columns the published table
 * does not have) and the runs of printed values, it finds how the values fill the cells so that every
 * constraint holds — the unique solution, the ambiguous candidates of each run, or none. Nothing is
 * guessed: where several readings remain, all are listed.
 * <p>
 * Each run is first read on its own ({@link #readings}: digits split with no part having a leading
 * zero, extra zero or blank cells dropped, up to two missing cells left to the rules); then the runs'
 * readings are chosen together ({@link #solve()}), by bounds propagation and a depth-first search.
 * Tie-breakers (X1/X2, numbers the narrative states) join the constraints in {@link #solve(List)}
 * without changing how each run is read.
 */
public final class Solver {

	/** A run with more readings than this cannot be read. */
	public static final int MAX_CANDIDATES = Segmenter.MAX_CANDIDATES;
	/** Whole-table solutions counted at most (one more means more). */
	public static final int MAX_SOLUTIONS = TableSolver.MAX_SOLUTIONS;

	private final List<LinearConstraint> rules;
	private final Set<CellRef> fixedZero;
	private final Map<DigitRun, RunReadings> readings = new LinkedHashMap<>();

	private Solver(List<LinearConstraint> rules, Set<CellRef> fixedZero, List<DigitRun> runs) {
		this.rules = List.copyOf(rules);
		this.fixedZero = fixedZero;
		for (DigitRun run : runs) {
			readings.put(run, read(run));
		}
	}

	/**
	 * Reads every run on its own.
	 *
	 * @param rules     the table's constraints (equalities over its cells)
	 * @param fixedZero cells the published table does not have, which count as 0
	 * @param runs      the runs, in table order
	 */
	public static Solver of(List<LinearConstraint> rules, Set<CellRef> fixedZero, List<DigitRun> runs) {
		return new Solver(rules, fixedZero, runs);
	}

	private RunReadings read(DigitRun run) {
		if (run.absent()) {
			CellValue[] unknown = new CellValue[run.cells().size()];
			Arrays.fill(unknown, CellValue.UNKNOWN);
			return new RunReadings(List.of(new Candidate(unknown, false, unknown.length, 0)), false, null);
		}
		return Segmenter.candidates(run, rules, fixedZero);
	}

	/** How the run can be read on its own, by the rules within it. */
	public RunReadings readings(DigitRun run) {
		return readings.get(run);
	}

	/** The readings of all runs chosen together so that the table's rules hold. */
	public Solution solve() {
		return solve(List.of());
	}

	/**
	 * As {@link #solve()}, with more that is known (tie-breakers: X1, X2, numbers the narrative states)
	 * joining the rules when the runs' readings are chosen.
	 */
	public Solution solve(List<LinearConstraint> known) {
		List<TableSolver.Choice> choices = new ArrayList<>();
		Map<DigitRun, RunReadings> unreadable = new LinkedHashMap<>();
		readings.forEach((run, r) -> {
			if (r.unreadable()) {
				unreadable.put(run, r);
			} else {
				choices.add(new TableSolver.Choice(run, r.candidates()));
			}
		});
		List<LinearConstraint> all = rules;
		if (!known.isEmpty()) {
			all = new ArrayList<>(rules);
			all.addAll(known);
		}
		return TableSolver.solve(choices, all, fixedZero, unreadable);
	}
}
