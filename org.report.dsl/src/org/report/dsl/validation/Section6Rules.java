package org.report.dsl.validation;

import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.Rule;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/** S6: section 六 says whether 信息处理费 (国办函〔2020〕109号) was collected. */
public class Section6Rules extends ReportRules {

	private static final Pattern FEE = Pattern.compile("处理费|收费");

	@Check
	public void checkFeeStatement(Report report) {
		ReportData data = analysis.of(report);
		for (SectionEntry s : data.sections()) {
			if (s.def().number() == 6 && !mentionsFee(s.block()) && s.parts().stream()
					.noneMatch(part -> mentionsFee(part) || FEE.matcher(part.getHeading()).find())) {
				report(Finding.of(Rule.S6, "第六部分未说明是否收取信息处理费（国办函〔2020〕109号）", s.block(), Literals.BLOCK__HEADING));
			}
		}
	}

	private static boolean mentionsFee(Block block) {
		return block.getContents().stream().filter(Narrative.class::isInstance).map(Narrative.class::cast)
				.anyMatch(n -> n.getText() != null && FEE.matcher(n.getText()).find());
	}
}
