package org.report.dsl.ui.validation;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.format.Rule;

/** One finding as the editor shows it: where, how bad, the rule and the message. */
public record Problem(int severity, Rule rule, String message, int line, int start, int end, String data) {

	/** The rule's id: what markers store and users see (R1, SYNTAX …). */
	public String code() {
		return rule.id();
	}

	/** The issues a marker or annotation is made for (Xtext's IGNORE ones are not shown). */
	public static List<Problem> of(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() != Severity.IGNORE).map(Problem::of).toList();
	}

	static Problem of(Issue issue) {
		int severity = switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
		int start = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		String data = issue.getData() == null || issue.getData().length == 0 ? null : String.join("\n", issue.getData());
		return new Problem(severity, Rule.of(issue.getCode()), issue.getMessage(),
				issue.getLineNumber() == null ? 1 : issue.getLineNumber(), start, start + length, data);
	}
}
