package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.format.Rule;

/**
 * A validation finding to show in the review page, with the source element it belongs to.
 *
 * @param rule   the rule of the finding
 * @param source the element the finding is about (a cell, row, narrative, heading, table …), or null
 *               when it concerns the whole report or a syntax error
 */
public record ReviewFinding(boolean error, Rule rule, String message, int line, int column, EObject source) {

	/** The findings of a validated resource, each resolved to its element. */
	public static List<ReviewFinding> of(XtextResource resource, List<Issue> issues) {
		List<ReviewFinding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			EObject source = null;
			if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
				source = resource.getEObject(issue.getUriToProblem().fragment());
			}
			findings.add(new ReviewFinding(issue.getSeverity() == Severity.ERROR, Rule.of(issue.getCode()),
					issue.getMessage(),
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					issue.getColumn() == null ? 1 : issue.getColumn(), source));
		}
		return findings;
	}

	/** The code the page shows (R1, SYNTAX …). */
	public String code() {
		return rule.id();
	}
}
