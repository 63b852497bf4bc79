package org.report.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.report.dsl.format.Rule;
import org.report.dsl.format.Rule.Severity;

/**
 * A problem found in a report, reported by a validator: the one form every finding of reading and
 * validation takes. Its severity comes from the rule ({@link #of}) or, for a known variant of a label,
 * from the rule's variant severity ({@link #variant}); never from the place that makes it.
 *
 * @param rule     the rule (S1, S2, R5, R7 …)
 * @param severity the rule's severity or variant severity
 * @param message  the finding in Chinese, without the rule's code (users see the code once, next to it)
 * @param source   the element it belongs to
 * @param feature  the feature of the element, or null for the whole element or a text range
 * @param offset   start of the text range in the document, or -1 for the element (or its feature)
 * @param length   length of the text range, or -1
 * @param data     what a quick fix needs (e.g. the official label that replaces a variant)
 */
public record Finding(Rule rule, Severity severity, String message, EObject source, EStructuralFeature feature,
		int offset, int length, String... data) {

	/** A finding about the element (or its feature), with the rule's severity. */
	public static Finding of(Rule rule, String message, EObject source, EStructuralFeature feature, String... data) {
		return new Finding(rule, rule.severity(), message, source, feature, -1, -1, data);
	}

	/** A known variant of an official label, with the rule's variant severity. */
	public static Finding variant(Rule rule, String message, EObject source, EStructuralFeature feature,
			String... data) {
		return new Finding(rule, rule.variantSeverity(), message, source, feature, -1, -1, data);
	}

	/** A finding about a range of the document's text within the element, with the rule's severity. */
	public static Finding at(Rule rule, String message, EObject source, int offset, int length, String... data) {
		return new Finding(rule, rule.severity(), message, source, null, offset, length, data);
	}

	public boolean error() {
		return severity == Severity.ERROR;
	}
}
