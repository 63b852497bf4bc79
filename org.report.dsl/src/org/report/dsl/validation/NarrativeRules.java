package org.report.dsl.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.Rule;
import org.report.dsl.model.Finding;
import org.report.dsl.narrative.Claim;
import org.report.dsl.narrative.ClaimScanner;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/**
 * T1–T4 (warnings): numbers the narrative states about applications, 行政复议/行政诉讼, percentages
 * and 现行有效件数 agree with the tables. Where the text is ambiguous (「收到」 meaning 新收 or 新收 +
 * 上年结转) either reading is accepted. A value quoted by reference is never checked: it cannot differ.
 */
public class NarrativeRules extends ReportRules {

	private final ClaimScanner scanner = new ClaimScanner();

	@Check
	public void checkClaims(Narrative narrative) {
		INode node = NodeModelUtils.findNodesForFeature(narrative, Literals.NARRATIVE__TEXT).stream().findFirst()
				.orElse(null);
		if (node == null) {
			return;
		}
		List<Claim> claims = scanner.scan(node.getText());
		if (claims.isEmpty()) {
			return;
		}
		TableFacts facts = new TableFacts(analysis.of(EcoreUtil2.getContainerOfType(narrative, Report.class)));
		for (Claim claim : claims) {
			String problem = facts.check(claim);
			if (problem != null) {
				// marked on the number the sentence states, not on the whole paragraph
				report(Finding.at(rule(claim), "文中「" + claim.text().strip() + "」" + problem, narrative,
						node.getOffset() + claim.valueOffset(), claim.valueLength()));
			}
		}
	}

	static Rule rule(Claim claim) {
		return switch (claim.kind()) {
		case RECEIVED, NONE_RECEIVED, HANDLED, CARRIED_IN, CARRIED_FORWARD -> Rule.T1;
		case REVIEW, SUIT, NO_CASES, ALL_UPHELD -> Rule.T2;
		case RATE_HANDLED, SHARE -> Rule.T3;
		case IN_FORCE -> Rule.T4;
		};
	}

	/** Percentages as stated: the same digits after the point, rounded half up (floor and ceiling accepted). */
	static boolean samePercent(BigDecimal stated, BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return true; // nothing to compare with
		}
		BigDecimal exact = part.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.HALF_UP);
		int scale = Math.max(0, stated.scale());
		for (RoundingMode mode : new RoundingMode[] { RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING }) {
			if (exact.setScale(scale, mode).compareTo(stated) == 0) {
				return true;
			}
		}
		return false;
	}
}
