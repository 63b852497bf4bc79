package org.report.dsl.importer.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;

/**
 * The ways a run's printed values can fill its cells. Digits run together (「713000074」) are split
 * into cells — no part with a leading zero — and every rule of the format that lies within the run
 * (R3 on a row, R4 on table 四's groups) must hold, so a total is never enumerated: it is the sum of
 * the cells before it, and the digits must spell exactly that. Also: a row printed with extra zero or
 * blank cells (dropped), or with a cell too few (left unknown, or pinned by the run's own rule).
 */
final class Segmenter {

	static final int MAX_CANDIDATES = 2000;
	/**
	 * Steps of the search (placements tried) before a run is given up as having too many readings: the
	 * readings are found in well under a thousand steps for a real row, but digits run together over many
	 * cells can be split in exponentially many ways that all fail their rules late, and an import must
	 * end in bounded time (found by fuzzing: a row that kept the importer busy for minutes).
	 */
	static final int MAX_STEPS = 50_000;
	static final int MAX_PART_DIGITS = 15;
	static final int MAX_GAPS = 2;

	private final int n;
	private final List<CellValue> tokens;
	private final List<List<LinearConstraint>> endingAt = new ArrayList<>();
	private final Map<CellRef, Integer> index = new HashMap<>();
	private final Set<CellRef> knownZero;
	private final int[] maxPartsFrom;
	/** Per token: whether its digits may be split into cells (computed once; fill asks it very often). */
	private final boolean[] splittable;
	private final CellValue[] values;
	private final Map<String, Candidate> found = new LinkedHashMap<>();
	private final List<LinearConstraint> inside = new ArrayList<>();
	/** Stop after this many candidates. */
	private final int limit;
	private int gaps;
	private int drops;
	private boolean split;
	private boolean overflow;
	/** Steps left before the search gives up ({@link #MAX_STEPS}). */
	private int steps = MAX_STEPS;
	private boolean exhausted;

	private Segmenter(DigitRun run, List<CellValue> tokens, List<LinearConstraint> constraints, Set<CellRef> knownZero,
			int limit) {
		this.limit = limit;
		this.n = run.cells().size();
		this.tokens = tokens;
		this.knownZero = knownZero;
		this.values = new CellValue[n];
		for (int i = 0; i < n; i++) {
			index.put(run.cells().get(i), i);
			endingAt.add(new ArrayList<>());
		}
		for (LinearConstraint c : constraints) {
			int last = -1;
			boolean inside = true;
			for (CellRef cell : c.cells()) {
				Integer at = index.get(cell);
				if (at == null && !knownZero.contains(cell)) {
					inside = false;
				}
				last = at == null ? last : Math.max(last, at);
			}
			if (inside && last >= 0) {
				endingAt.get(last).add(c);
				this.inside.add(c);
			}
		}
		maxPartsFrom = new int[tokens.size() + 1];
		splittable = new boolean[tokens.size()];
		for (int j = tokens.size() - 1; j >= 0; j--) {
			splittable[j] = splittable(tokens.get(j));
			maxPartsFrom[j] = maxPartsFrom[j + 1] + (splittable[j] ? tokens.get(j).text().length() : 1);
		}
		drops = Math.max(0, tokens.size() - n);
		gaps = run.atCut() ? 0 : Math.max(0, n - maxPartsFrom[0]);
	}

	static RunReadings candidates(DigitRun run, List<LinearConstraint> constraints, Set<CellRef> knownZero) {
		int n = run.cells().size();
		List<CellValue> tokens = new ArrayList<>(run.printed());
		while (tokens.size() > n && tokens.get(tokens.size() - 1).kind() == CellValue.Kind.BLANK) {
			tokens.remove(tokens.size() - 1); // layout cells after the row's last value
		}
		while (tokens.size() > n && tokens.get(0).kind() == CellValue.Kind.BLANK) {
			tokens.remove(0);
		}
		// One reading of the layout alone is the published row, whatever the rules say of it.
		Segmenter layout = new Segmenter(run, tokens, List.of(), knownZero, 2);
		if (layout.gaps > MAX_GAPS) {
			return new RunReadings(List.of(), false, "只有 " + tokens.size() + " 个数值，应有 " + n + " 个");
		}
		if (run.atCut() && layout.maxPartsFrom[0] < n) {
			return new RunReadings(List.of(), false, "原文在此中断，只有 " + tokens.size() + " 个数值，应有 " + n + " 个");
		}
		layout.fill(0, 0, 0, layout.gaps, layout.drops);
		Segmenter s = new Segmenter(run, tokens, constraints, knownZero, MAX_CANDIDATES + 1);
		boolean blanksDropped = droppedBlanks(run, tokens);
		if (!blanksDropped && layout.found.size() == 1 && !layout.found.values().iterator().next().hasUnknown()) {
			return new RunReadings(List.copyOf(layout.found.values()), false, null);
		}
		s.fill(0, 0, 0, s.gaps, s.drops);
		if (blanksDropped && s.found.values().stream().allMatch(c -> c.split() || c.hasUnknown())) {
			s.placeBlanks(0, 0);
		}
		String problem = s.found.isEmpty() ? (tokens.size() > n ? "有 " + tokens.size() + " 个数值，多于 " + n
				+ " 列，且多出的不全是 0" : "没有一种切分满足本行的勾稽关系") : null;
		if (s.exhausted || layout.exhausted) {
			return new RunReadings(List.copyOf(s.found.values()), true, "可切分的方式太多（试过 " + MAX_STEPS + " 种放法）");
		}
		return new RunReadings(List.copyOf(s.found.values()), s.found.size() > MAX_CANDIDATES, problem);
	}

	/**
	 * Whether the run reads as separate values with blank cells left out (「640 27 3 1 671」 for seven
	 * columns: space-separated, fewer values than cells, each value whole).
	 */
	private static boolean droppedBlanks(DigitRun run, List<CellValue> tokens) {
		return !run.atCut() && tokens.size() >= 2 && tokens.size() < run.cells().size()
				&& tokens.stream().allMatch(t -> t.kind() == CellValue.Kind.NUMBER);
	}

	/**
	 * Every placement of the printed values, each whole and in order, with the cells between them blank
	 * (0), that the rules within the run allow; the rules across rows choose among them.
	 */
	private void placeBlanks(int c, int j) {
		if (overflow || outOfSteps()) {
			return;
		}
		if (c == n) {
			if (j == tokens.size() && pinUnknowns(values.clone())) {
				Candidate candidate = new Candidate(values.clone(), false, n - tokens.size(), 0);
				found.putIfAbsent(candidate.key(), candidate);
				overflow = found.size() >= limit;
			}
			return;
		}
		if (n - c > tokens.size() - j) {
			values[c] = CellValue.BLANK;
			if (fits(c)) {
				placeBlanks(c + 1, j);
			}
		}
		if (j < tokens.size()) {
			values[c] = tokens.get(j);
			if (fits(c)) {
				placeBlanks(c + 1, j + 1);
			}
		}
	}

	/** Whether the rules ending at cell c hold (or leave it free). */
	private boolean fits(int c) {
		Long required = required(c);
		return required == null || required >= 0 && required.equals(values[c].count());
	}

	/** Counts a step; true (and the search over) once {@link #MAX_STEPS} are spent. */
	private boolean outOfSteps() {
		if (--steps < 0) {
			exhausted = true;
			overflow = true;
		}
		return exhausted;
	}

	private void fill(int c, int j, int k, int gapsLeft, int dropsLeft) {
		if (overflow || outOfSteps()) {
			return;
		}
		if (c == n) {
			if (j == tokens.size()) {
				finish(gaps - gapsLeft, drops - dropsLeft);
			}
			return;
		}
		Long required = required(c);
		if (required != null && required < 0) {
			return;
		}
		if (k == 0 && gapsLeft > 0) {
			values[c] = required == null ? CellValue.UNKNOWN : CellValue.number(Long.toString(required));
			fill(c + 1, j, 0, gapsLeft - 1, dropsLeft);
		}
		if (j >= tokens.size()) {
			return;
		}
		CellValue token = tokens.get(j);
		if (k == 0 && dropsLeft > 0 && droppable(token)) {
			fill(c, j + 1, 0, gapsLeft, dropsLeft - 1);
		}
		if (!splittable[j]) {
			if (k == 0) {
				CellValue v = token;
				if (required == null || required.equals(v.count())) {
					values[c] = v;
					fill(c + 1, j + 1, 0, gapsLeft, dropsLeft);
				}
			}
			return;
		}
		String digits = token.text();
		int remaining = digits.length() - k;
		int cellsAfter = n - c - 1;
		String wanted = required == null ? null : Long.toString(required);
		for (int len = 1; len <= Math.min(remaining, MAX_PART_DIGITS); len++) {
			if (len > 1 && digits.charAt(k) == '0') {
				break;
			}
			int left = remaining - len;
			int maxAfter = left + maxPartsFrom[j + 1] + gapsLeft;
			int minAfter = (left > 0 ? 1 : 0) + Math.max(0, tokens.size() - j - 1 - dropsLeft);
			if (cellsAfter > maxAfter || cellsAfter < minAfter) {
				continue;
			}
			String part = digits.substring(k, k + len);
			if (wanted != null && !wanted.equals(part)) {
				continue;
			}
			boolean wasSplit = split;
			split |= len < digits.length();
			values[c] = CellValue.number(part);
			fill(c + 1, left == 0 ? j + 1 : j, left == 0 ? 0 : k + len, gapsLeft, dropsLeft);
			split = wasSplit;
		}
	}

	/** The value the rules within the run leave for cell c, when all its fellow cells are known. */
	private Long required(int c) {
		Long result = null;
		for (LinearConstraint constraint : endingAt.get(c)) {
			Long value = solveFor(constraint, c, values);
			if (value == null) {
				continue;
			}
			if (value < 0 || result != null && !result.equals(value)) {
				return -1L;
			}
			result = value;
		}
		return result;
	}

	/** The value of cell c that makes the constraint hold, null when another cell is unknown; -1 when none. */
	private Long solveFor(LinearConstraint constraint, int c, CellValue[] values) {
		try {
			long rest = constraint.constant();
			int coefficient = 0;
			boolean complete = true;
			for (int i = 0; i < constraint.cells().size(); i++) {
				Integer at = index.get(constraint.cells().get(i));
				if (at == null) {
					continue; // a known-zero cell
				}
				if (at == c) {
					coefficient += constraint.coefficients()[i];
					continue;
				}
				Long v = values[at] == null ? null : values[at].count();
				if (v == null) {
					complete = false;
					break;
				}
				rest = Math.subtractExact(rest, Math.multiplyExact(constraint.coefficients()[i], v));
			}
			if (!complete || coefficient == 0) {
				return null;
			}
			long value = rest / coefficient;
			return value * coefficient == rest ? value : -1L;
		} catch (ArithmeticException e) {
			return -1L; // a sum beyond 64 bits: no total can match it
		}
	}

	private void finish(int gapsUsed, int dropped) {
		CellValue[] result = values.clone();
		if (!pinUnknowns(result)) {
			return;
		}
		Candidate candidate = new Candidate(result, split, gapsUsed, dropped);
		found.putIfAbsent(candidate.key(), candidate);
		overflow = found.size() >= limit;
	}

	/** Cells left unknown that a rule within the run pins; false when a rule fails or pins one below 0. */
	private boolean pinUnknowns(CellValue[] result) {
		boolean progress = true;
		while (progress) {
			progress = false;
			for (LinearConstraint constraint : inside) {
				int unknown = -1;
				int count = 0;
				for (CellRef cell : constraint.cells()) {
					Integer at = index.get(cell);
					if (at != null && !result[at].known()) {
						unknown = at;
						count++;
					}
				}
				if (count == 1) {
					result[unknown] = null;
					Long v = solveFor(constraint, unknown, result);
					result[unknown] = CellValue.UNKNOWN;
					if (v == null || v < 0) {
						return v == null;
					}
					result[unknown] = CellValue.number(Long.toString(v));
					progress = true;
				} else if (count == 0) {
					Long r = residual(constraint, result);
					if (r != null && r != 0) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private Long residual(LinearConstraint constraint, CellValue[] result) {
		long sum = -constraint.constant();
		for (int i = 0; i < constraint.cells().size(); i++) {
			Integer at = index.get(constraint.cells().get(i));
			Long v = at == null ? Long.valueOf(0) : result[at].count();
			if (v == null) {
				return null;
			}
			sum += constraint.coefficients()[i] * v;
		}
		return sum;
	}

	private static boolean splittable(CellValue t) {
		if (t.kind() != CellValue.Kind.NUMBER || t.text().length() < 2) {
			return false;
		}
		for (int i = 0; i < t.text().length(); i++) {
			if (t.text().charAt(i) < '0' || t.text().charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean droppable(CellValue t) {
		return t.kind() == CellValue.Kind.BLANK || t.kind() == CellValue.Kind.NUMBER && t.text().equals("0");
	}
}
