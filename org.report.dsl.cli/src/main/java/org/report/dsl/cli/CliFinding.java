package org.report.dsl.cli;

import java.util.Locale;

import org.report.dsl.format.Rule;
import org.report.dsl.format.Rule.Severity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding as the command line reports it.
 *
 * @param file   the path as the user named it
 * @param line   1-based
 * @param column 1-based
 * @param level  error or warning (printed as {@link #severity()})
 * @param rule   the rule: R1 …, SYNTAX, ENCODING / IO for files that could not be read, import rules
 *               (printed as {@link #code()})
 * @param message in Chinese, without the code
 */
@JsonPropertyOrder({ "file", "line", "column", "severity", "code", "message" })
public record CliFinding(String file, int line, int column, @JsonIgnore Severity level, @JsonIgnore Rule rule,
		String message) {

	/** A finding with its rule's severity. */
	static CliFinding of(String file, int line, int column, Rule rule, String message) {
		return new CliFinding(file, line, column, rule.severity(), rule, message);
	}

	/** "error" or "warning" */
	@JsonProperty("severity")
	public String severity() {
		return level.name().toLowerCase(Locale.ROOT);
	}

	/** The rule's id, as users and scripts see it (R1, SYNTAX, IO …). */
	@JsonProperty("code")
	public String code() {
		return rule.id();
	}

	@JsonIgnore
	public boolean isError() {
		return level == Severity.ERROR;
	}

	/** {@code PATH:LINE:COL: error|warning: MESSAGE [CODE]} */
	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity() + ": " + message + " [" + code() + "]";
	}
}
