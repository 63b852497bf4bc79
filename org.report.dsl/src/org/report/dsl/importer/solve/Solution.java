package org.report.dsl.importer.solve;

import java.util.List;
import java.util.Map;

/**
 * What the solver found for a table's runs (求解结果).
 *
 * @param chosen     the candidate each settled run takes, in run order
 * @param open       runs left with several candidates (listed, in the order found), or, when there is no
 *                   solution ({@code solutions == 0}), the runs not settled on their own with their readings
 * @param unreadable runs that took no part: no reading of their digits, or more than
 *                   {@link Solver#MAX_CANDIDATES}
 * @param solutions  how many whole-table solutions there were (capped at {@link Solver#MAX_SOLUTIONS} + 1)
 */
public record Solution(Map<DigitRun, Candidate> chosen, Map<DigitRun, List<Candidate>> open,
		Map<DigitRun, RunReadings> unreadable, int solutions) {

	/** Unique (唯一), ambiguous (多解) or none (无解). */
	public enum Status {
		/** Every run has exactly one reading that makes every constraint hold. */
		UNIQUE,
		/** Some run has several readings (or cells no rule pins), or too many to list. */
		AMBIGUOUS,
		/** No reading makes the constraints hold, or a run has no reading at all. */
		NONE
	}

	public Status status() {
		if (solutions == 0 || unreadable.values().stream().anyMatch(r -> !r.overflow())) {
			return Status.NONE;
		}
		return open.isEmpty() && unreadable.isEmpty() ? Status.UNIQUE : Status.AMBIGUOUS;
	}
}
