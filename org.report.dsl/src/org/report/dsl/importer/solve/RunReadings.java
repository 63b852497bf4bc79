package org.report.dsl.importer.solve;

import java.util.List;

/**
 * The ways one run's printed values can fill its cells, by the rules that lie within the run (R3 on a
 * row, R4 on table 四's groups) — before the rest of the table is considered.
 *
 * @param candidates the readings, in the order found (empty when there is none)
 * @param overflow   whether there were more than {@link Solver#MAX_CANDIDATES} (the run cannot be read)
 * @param problem    why there is no reading, for the finding; null when there are readings
 */
public record RunReadings(List<Candidate> candidates, boolean overflow, String problem) {

	/** Whether the run takes no part in solving the table: no reading, or too many. */
	public boolean unreadable() {
		return overflow || candidates.isEmpty();
	}
}
