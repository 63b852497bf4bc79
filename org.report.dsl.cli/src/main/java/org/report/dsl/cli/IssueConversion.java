package org.report.dsl.cli;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.format.Rule;

/** Xtext issues as command-line findings. */
final class IssueConversion {

	private IssueConversion() {
	}

	static CliFinding toFinding(String file, Issue issue) {
		Rule.Severity severity = issue.getSeverity() == Severity.ERROR ? Rule.Severity.ERROR : Rule.Severity.WARNING;
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new CliFinding(file, line, column, severity, Rule.of(issue.getCode()), issue.getMessage());
	}
}
