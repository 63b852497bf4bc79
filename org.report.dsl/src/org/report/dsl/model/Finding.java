package org.report.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A problem found while reading a report's structure, to be reported by a validator.
 *
 * @param code     rule id (S1, S2, R5, R7 …)
 * @param error    error (true) or warning (false)
 * @param message  the finding in Chinese
 * @param source   the element it belongs to
 * @param feature  the feature of the element, or null for the whole element
 * @param data     what a quick fix needs (e.g. the official label that replaces a variant)
 */
public record Finding(String code, boolean error, String message, EObject source, EStructuralFeature feature,
		String... data) {
}
