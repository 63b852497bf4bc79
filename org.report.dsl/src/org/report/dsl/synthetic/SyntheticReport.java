package org.report.dsl.synthetic;

import java.util.List;
import org.report.dsl.format.Rule;

/**
 * A generated report source.
 *
 * @param source  the .report text
 * @param planted the rule ids of the errors planted in it, one per error, in planting order
 */
public record SyntheticReport(String source, List<Rule> planted) {
}
