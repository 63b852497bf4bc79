package org.report.dsl.importer;

import org.report.dsl.format.Rule;
import org.report.dsl.format.Rule.Severity;
import org.report.dsl.importer.text.InputText;

/**
 * Something the import met in the published text: a normalisation it made (warning) or a value or
 * part it could not recover (error), at the input's line and column. The severity is the rule's
 * ({@link #of}), or its variant severity for a known variant it understood ({@link #variant}: a
 * label variant, a GB18030 file).
 *
 * @param line     1-based line of the input
 * @param column   1-based column of the input
 * @param severity the rule's severity or variant severity
 * @param rule     an import rule (LAYOUT, SEGMENT …), or a rule of the format (S1, S2)
 * @param message  in Chinese
 */
public record ImportFinding(int line, int column, Severity severity, Rule rule, String message) {

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public static ImportFinding of(int line, int column, Rule rule, String message) {
		return new ImportFinding(line, column, rule.severity(), rule, message);
	}

	public static ImportFinding variant(int line, int column, Rule rule, String message) {
		return new ImportFinding(line, column, rule.variantSeverity(), rule, message);
	}

	public static ImportFinding of(InputText input, int offset, Rule rule, String message) {
		return of(input.line(offset), input.column(offset), rule, message);
	}

	public static ImportFinding variant(InputText input, int offset, Rule rule, String message) {
		return variant(input.line(offset), input.column(offset), rule, message);
	}
}
