package org.report.dsl.importer.solve;

import java.util.List;

/**
 * Interval bounds of cell values under linear equalities (bounds consistency): every count is ≥ 0, and
 * Σ a·x = K bounds each x by what the others allow. This pins cells a row does not print when the
 * totals leave them no room, and rules out most segmentations before any search.
 */
final class Bounds {

	static final long INF = Long.MAX_VALUE / 4;

	/** Σ coefficient·cell = constant over cell indexes. */
	record Equation(String rule, int[] cells, int[] coefficients, long constant) {
	}

	final long[] lo;
	final long[] hi;

	Bounds(int cells) {
		lo = new long[cells];
		hi = new long[cells];
		java.util.Arrays.fill(hi, INF);
	}

	static long add(long a, long b) {
		long s = a + b;
		return s > INF ? INF : s < -INF ? -INF : s;
	}

	/** Tightens the bounds until nothing changes; false when some cell is left no value. */
	boolean propagate(List<Equation> equations) {
		boolean changed = true;
		for (int round = 0; changed && round < 100; round++) {
			changed = false;
			for (Equation e : equations) {
				// finite parts of Σ min and Σ max, and how many terms are unbounded
				long min = 0, max = 0;
				int minInfinite = 0, maxInfinite = 0;
				for (int i = 0; i < e.cells().length; i++) {
					long tMin = termMin(e, i), tMax = termMax(e, i);
					if (tMin <= -INF) {
						minInfinite++;
					} else {
						min = add(min, tMin);
					}
					if (tMax >= INF) {
						maxInfinite++;
					} else {
						max = add(max, tMax);
					}
				}
				for (int i = 0; i < e.cells().length; i++) {
					int c = e.cells()[i];
					long tMin = termMin(e, i), tMax = termMax(e, i);
					// a·x = K − Σ others
					long othersMin = minInfinite - (tMin <= -INF ? 1 : 0) > 0 ? -INF : add(min, tMin <= -INF ? 0 : -tMin);
					long othersMax = maxInfinite - (tMax >= INF ? 1 : 0) > 0 ? INF : add(max, tMax >= INF ? 0 : -tMax);
					long rhsLo = sub(e.constant(), othersMax), rhsHi = sub(e.constant(), othersMin);
					long newLo = e.coefficients()[i] > 0 ? rhsLo : -rhsHi;
					long newHi = e.coefficients()[i] > 0 ? rhsHi : -rhsLo;
					if (newLo > lo[c] && newLo > -INF) {
						lo[c] = newLo;
						changed = true;
					}
					if (newHi < hi[c] && newHi < INF) {
						hi[c] = newHi;
						changed = true;
					}
					if (lo[c] > hi[c]) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static long sub(long a, long b) {
		if (b >= INF) {
			return -INF;
		}
		if (b <= -INF) {
			return INF;
		}
		return add(a, -b);
	}

	private long termMin(Equation e, int i) {
		int c = e.cells()[i];
		return e.coefficients()[i] > 0 ? lo[c] : -hi[c];
	}

	private long termMax(Equation e, int i) {
		int c = e.cells()[i];
		return e.coefficients()[i] > 0 ? hi[c] : -lo[c];
	}
}
