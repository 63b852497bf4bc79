package org.report.dsl.format;

import java.util.List;

/** Anything a report names by label: a row, a column, a section. */
public interface Labelled {
	String id();

	/** The official wording of format.md. */
	String label();

	/** Short names accepted as equal to the official label. */
	List<String> aliases();

	/** Wordings seen in published reports: accepted with a warning. */
	List<String> variants();
}
