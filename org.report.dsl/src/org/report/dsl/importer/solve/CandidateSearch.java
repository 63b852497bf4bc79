package org.report.dsl.importer.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The depth-first part of {@link TableSolver}: one candidate per open run, in table order. At every
 * step each rule must still be reachable from the candidates' least and greatest contributions to
 * come; a state (depth, partial sums of the rules still open) found to lead nowhere is not searched
 * twice. Unknown cells are pinned at the leaves by the rules.
 */
final class CandidateSearch {

	private final TableSolver solver;
	private final List<Bounds.Equation> equations;
	private final int[] order;
	private final long[] base;
	private final long[][][] contributionLo;
	private final long[][][] contributionHi;
	private final long[][] suffixLo;
	private final long[][] suffixHi;
	private final int[] lastPosition;
	private final boolean anyUnknown;
	private final Set<State> dead = new HashSet<>();
	private final List<Candidate[]> solutions = new ArrayList<>();
	private final int[] pick;

	private record State(int depth, long[] sums, int hash) {
		State(int depth, long[] sums) {
			this(depth, sums, 31 * depth + Arrays.hashCode(sums));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof State s && s.depth == depth && Arrays.equals(s.sums, sums);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}

	/**
	 * @param searched the runs to choose for (open and touched by an equation); the others keep their
	 *                 first candidate here
	 */
	CandidateSearch(TableSolver solver, List<Bounds.Equation> equations, boolean[] searched) {
		this.solver = solver;
		this.equations = equations;
		int runs = solver.runs();
		int[] runOfCell = new int[solver.cellCount()];
		int[] position = new int[solver.cellCount()];
		List<Integer> open = new ArrayList<>();
		boolean unknown = false;
		for (int r = 0; r < runs; r++) {
			int[] cells = solver.cells(r);
			for (int i = 0; i < cells.length; i++) {
				runOfCell[cells[i]] = r;
				position[cells[i]] = i;
			}
			if (searched[r]) {
				open.add(r);
				unknown |= solver.candidates(r).stream().anyMatch(Candidate::hasUnknown);
			}
		}
		anyUnknown = unknown;
		order = open.stream().mapToInt(Integer::intValue).toArray();
		int[] depthOfRun = new int[runs];
		Arrays.fill(depthOfRun, -1);
		for (int d = 0; d < order.length; d++) {
			depthOfRun[order[d]] = d;
		}
		int k = equations.size();
		base = new long[k];
		lastPosition = new int[k];
		contributionLo = new long[order.length][][];
		contributionHi = new long[order.length][][];
		for (int d = 0; d < order.length; d++) {
			int size = solver.candidates(order[d]).size();
			contributionLo[d] = new long[size][k];
			contributionHi[d] = new long[size][k];
		}
		Bounds bounds = solver.boundsOfCandidates();
		bounds.propagate(equations); // tighter ranges for unknown cells; an empty range finds nothing below
		for (int e = 0; e < k; e++) {
			Bounds.Equation eq = equations.get(e);
			base[e] = eq.constant();
			lastPosition[e] = -1;
			for (int i = 0; i < eq.cells().length; i++) {
				int cell = eq.cells()[i], a = eq.coefficients()[i];
				int r = runOfCell[cell], d = depthOfRun[r];
				if (d < 0) {
					base[e] -= a * solver.candidates(r).get(0).values()[position[cell]].count();
					continue;
				}
				lastPosition[e] = Math.max(lastPosition[e], d);
				List<Candidate> cs = solver.candidates(r);
				for (int c = 0; c < cs.size(); c++) {
					Long v = cs.get(c).values()[position[cell]].count();
					long lo = v != null ? v : bounds.lo[cell], hi = v != null ? v : bounds.hi[cell];
					contributionLo[d][c][e] = Bounds.add(contributionLo[d][c][e], a > 0 ? lo : -hi);
					contributionHi[d][c][e] = Bounds.add(contributionHi[d][c][e], a > 0 ? hi : -lo);
				}
			}
		}
		suffixLo = new long[order.length + 1][k];
		suffixHi = new long[order.length + 1][k];
		for (int d = order.length - 1; d >= 0; d--) {
			for (int e = 0; e < k; e++) {
				long lo = Bounds.INF, hi = -Bounds.INF;
				for (int c = 0; c < contributionLo[d].length; c++) {
					lo = Math.min(lo, contributionLo[d][c][e]);
					hi = Math.max(hi, contributionHi[d][c][e]);
				}
				suffixLo[d][e] = Bounds.add(suffixLo[d + 1][e], lo);
				suffixHi[d][e] = Bounds.add(suffixHi[d + 1][e], hi);
			}
		}
		pick = new int[order.length];
	}

	List<Candidate[]> run() {
		search(0, new long[equations.size()], new long[equations.size()]);
		return solutions;
	}

	private boolean search(int d, long[] lo, long[] hi) {
		if (solutions.size() > TableSolver.MAX_SOLUTIONS) {
			return true;
		}
		for (int e = 0; e < base.length; e++) {
			if (Bounds.add(lo[e], suffixLo[d][e]) > base[e] || Bounds.add(hi[e], suffixHi[d][e]) < base[e]) {
				return false;
			}
		}
		if (d == order.length) {
			return leaf();
		}
		State state = anyUnknown ? null : new State(d, openSums(d, lo));
		if (state != null && dead.contains(state)) {
			return false;
		}
		boolean any = false;
		for (int c = 0; c < contributionLo[d].length; c++) {
			long[] nlo = lo.clone(), nhi = hi.clone();
			for (int e = 0; e < base.length; e++) {
				nlo[e] = Bounds.add(nlo[e], contributionLo[d][c][e]);
				nhi[e] = Bounds.add(nhi[e], contributionHi[d][c][e]);
			}
			pick[d] = c;
			any |= search(d + 1, nlo, nhi);
		}
		if (!any && state != null) {
			dead.add(state);
		}
		return any;
	}

	/** Partial sums of the equations that runs from depth d on still touch. */
	private long[] openSums(int d, long[] sums) {
		long[] open = new long[sums.length];
		for (int e = 0; e < sums.length; e++) {
			open[e] = lastPosition[e] >= d ? sums[e] : 0;
		}
		return open;
	}

	private boolean leaf() {
		Candidate[] solution = new Candidate[solver.runs()];
		for (int r = 0; r < solver.runs(); r++) {
			solution[r] = solver.candidates(r).get(0);
		}
		for (int d = 0; d < order.length; d++) {
			solution[order[d]] = solver.candidates(order[d]).get(pick[d]);
		}
		if (anyUnknown && !pinUnknowns(solution)) {
			return false;
		}
		solutions.add(solution);
		return true;
	}

	/** Pins the unknown cells of a full choice by the rules; false when the rules fail for it. */
	private boolean pinUnknowns(Candidate[] solution) {
		Bounds b = new Bounds(solver.cellCount());
		for (int r = 0; r < solution.length; r++) {
			int[] cells = solver.cells(r);
			for (int i = 0; i < cells.length; i++) {
				Long v = solution[r].values()[i].count();
				if (v != null) {
					b.lo[cells[i]] = v;
					b.hi[cells[i]] = v;
				}
			}
		}
		if (!b.propagate(equations)) {
			return false;
		}
		for (int r = 0; r < solution.length; r++) {
			Candidate pinned = TableSolver.fit(solution[r], solver.cells(r), b);
			if (pinned == null) {
				return false;
			}
			solution[r] = pinned;
		}
		return true;
	}
}
