package org.report.dsl.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One finding as the command line reports it.
 *
 * @param file     the path as the user named it
 * @param line     1-based
 * @param column   1-based
 * @param severity "error" or "warning"
 * @param code     rule id (R1 …), SYNTAX, or ENCODING / IO for files that could not be read
 * @param message  in Chinese
 */
public record CliFinding(String file, int line, int column, String severity, String code, String message) {

	@JsonIgnore
	public boolean isError() {
		return "error".equals(severity);
	}

	/** {@code PATH:LINE:COL: error|warning: MESSAGE [CODE]} */
	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code + "]";
	}
}
