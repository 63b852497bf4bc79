package org.report.dsl.importer;

import java.util.List;

/**
 * The outcome of importing one published text.
 *
 * @param outcome  whether a report was read
 * @param source   the report in the language (with every unresolved place marked 「?」, which the
 *                 language rejects), or null when the input is no report or no text
 * @param findings what the import normalised (warnings) and could not recover (errors), in input order
 */
public record ImportResult(Outcome outcome, String source, List<ImportFinding> findings) {

	public enum Outcome {
		/** A report was read; {@link #source} holds it (check {@link #hasErrors}). */
		IMPORTED,
		/** The text holds no report (empty, or none of the six headings). */
		NOT_A_REPORT,
		/** The bytes are not text (binary, or no known encoding). */
		UNREADABLE
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(ImportFinding::isError);
	}
}
