package org.report.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of a report, one class per rule family. Issue codes are the rule ids of format.md
 * (R1 …, S1 …, X1 …) plus REF (narrative references) and PREV (previous report not found).
 */
@ComposedChecks(validators = { StructureRules.class, HeaderRules.class, TotalsRules.class, FeeRules.class,
		Section6Rules.class, ReferenceRules.class, CrossYearRules.class, NarrativeRules.class })
public class ReportDslValidator extends AbstractReportDslValidator {
}
