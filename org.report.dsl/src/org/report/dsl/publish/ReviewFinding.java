package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.calc.Culprits;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.Rule;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;

/**
 * A validation finding to show in the review page, with the source element it belongs to.
 *
 * @param rule    the rule of the finding
 * @param source  the element the finding is about (a cell, row, narrative, heading, table …), or null
 *                when it concerns the whole report or a syntax error
 * @param offset  the start of the finding's text range in the document, or -1
 * @param length  the length of that range, or -1
 * @param suspect for a failing 勾稽关系: the likely wrong cell and the cells involved
 *                ({@link Culprits}), or null
 */
public record ReviewFinding(boolean error, Rule rule, String message, int line, int column, EObject source,
		int offset, int length, Culprits.Suspect suspect) {

	/** A finding without a text range or suspect. */
	public ReviewFinding(boolean error, Rule rule, String message, int line, int column, EObject source) {
		this(error, rule, message, line, column, source, -1, -1, null);
	}

	/** The findings of a validated resource, each resolved to its element. */
	public static List<ReviewFinding> of(XtextResource resource, List<Issue> issues) {
		return of(resource, issues, null);
	}

	/**
	 * The findings of a validated resource, each resolved to its element; a failing relation of the
	 * read report ({@code data}, may be null) with the suspect that explains it.
	 */
	public static List<ReviewFinding> of(XtextResource resource, List<Issue> issues, ReportData data) {
		List<ReviewFinding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			EObject source = null;
			if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
				source = resource.getEObject(issue.getUriToProblem().fragment());
			}
			Rule rule = Rule.of(issue.getCode());
			findings.add(new ReviewFinding(issue.getSeverity() == Severity.ERROR, rule, issue.getMessage(),
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					issue.getColumn() == null ? 1 : issue.getColumn(), source,
					issue.getOffset() == null ? -1 : issue.getOffset(), issue.getLength() == null ? -1 : issue.getLength(),
					suspect(data, rule, issue.getMessage())));
		}
		return findings;
	}

	/** The suspect of the discrepancy this finding reports (same rule and message), or null. */
	private static Culprits.Suspect suspect(ReportData data, Rule rule, String message) {
		if (data == null || rule == null) {
			return null;
		}
		for (TableData table : data.tables().values()) {
			for (Discrepancy d : table.totals().discrepancies()) {
				if (d.rule() == rule && d.message().equals(message)) {
					return Culprits.of(table.def(), table.totals(), d).orElse(null);
				}
			}
		}
		return null;
	}

	/** The code the page shows (R1, SYNTAX …). */
	public String code() {
		return rule.id();
	}

	/** The likely wrong cell, or null. */
	public CellRef culprit() {
		return suspect == null ? null : suspect.culprit();
	}
}
