package org.report.dsl.validation;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.EcoreUtil2;
import org.report.dsl.format.Rule;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.narrative.NarrativeScanner;
import org.report.dsl.narrative.ReferenceResolver;
import org.report.dsl.narrative.Segment;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/** Narrative references {表.行.列} must name an existing cell; reported at the reference itself. */
public class ReferenceRules extends ReportRules {

	private final NarrativeScanner scanner = new NarrativeScanner();
	private final ReferenceResolver resolver = new ReferenceResolver();

	@Check
	public void checkReferences(Narrative narrative) {
		INode node = NodeModelUtils.findNodesForFeature(narrative, Literals.NARRATIVE__TEXT).stream().findFirst()
				.orElse(null);
		if (node == null || node.getText().indexOf('{') < 0) {
			return;
		}
		ReportData data = analysis.of(EcoreUtil2.getContainerOfType(narrative, Report.class));
		for (Segment segment : scanner.scan(node.getText())) {
			String problem = null;
			if (segment instanceof Segment.Malformed m) {
				problem = m.reason();
			} else if (segment instanceof Segment.Reference r) {
				ReferenceResolver.Resolution resolution = resolver.resolve(data, r);
				problem = resolution.ok() ? null : "引用 " + r.source() + " 无效：" + resolution.error();
			}
			if (problem != null) {
				report(Finding.at(Rule.REF, problem, narrative, node.getOffset() + segment.offset(), segment.length()));
			}
		}
	}
}
