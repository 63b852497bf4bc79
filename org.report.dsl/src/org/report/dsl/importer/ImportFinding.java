package org.report.dsl.importer;

import org.report.dsl.importer.text.InputText;

/**
 * Something the import met in the published text: a normalisation it made (warning) or a value or
 * part it could not recover (error), at the input's line and column.
 *
 * @param line     1-based line of the input
 * @param column   1-based column of the input
 * @param severity error or warning
 * @param code     a stable id (see {@link ImportCodes}), or a rule id of the format (S1, S2)
 * @param message  in Chinese
 */
public record ImportFinding(int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public static ImportFinding error(InputText input, int offset, String code, String message) {
		return new ImportFinding(input.line(offset), input.column(offset), Severity.ERROR, code, message);
	}

	public static ImportFinding warning(InputText input, int offset, String code, String message) {
		return new ImportFinding(input.line(offset), input.column(offset), Severity.WARNING, code, message);
	}
}
