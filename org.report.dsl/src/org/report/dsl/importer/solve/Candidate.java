package org.report.dsl.importer.solve;

import java.util.Arrays;

/**
 * One way to fill a run's cells from its printed values.
 *
 * @param values   one per cell of the run
 * @param split    whether run-together digits were split
 * @param gaps     cells the text does not print (their value pinned by a rule, or unknown)
 * @param dropped  extra zero or blank cells left out
 */
public record Candidate(CellValue[] values, boolean split, int gaps, int dropped) {

	@Override
	public boolean equals(Object o) {
		return o instanceof Candidate c && Arrays.equals(values, c.values) && split == c.split && gaps == c.gaps
				&& dropped == c.dropped;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(values) * 31 + gaps * 7 + dropped * 3 + (split ? 1 : 0);
	}

	String key() {
		StringBuilder b = new StringBuilder();
		for (CellValue v : values) {
			b.append(v.kind().ordinal()).append(v.text()).append(' ');
		}
		return b.toString();
	}

	public boolean hasUnknown() {
		return Arrays.stream(values).anyMatch(v -> !v.known());
	}

	/** The values as a reader would type them: 「71 3 0 0 0 0 74」. */
	public String display() {
		StringBuilder b = new StringBuilder();
		for (CellValue v : values) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(v.text());
		}
		return b.toString();
	}
}
