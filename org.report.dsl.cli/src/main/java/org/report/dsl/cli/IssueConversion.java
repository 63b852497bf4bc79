package org.report.dsl.cli;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Xtext issues as command-line findings. */
final class IssueConversion {

	private IssueConversion() {
	}

	static CliFinding toFinding(String file, Issue issue) {
		String code = issue.getCode();
		if (code == null || code.startsWith("org.eclipse.xtext")) {
			code = "SYNTAX";
		}
		String severity = issue.getSeverity() == Severity.ERROR ? "error" : "warning";
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new CliFinding(file, line, column, severity, code, issue.getMessage());
	}
}
