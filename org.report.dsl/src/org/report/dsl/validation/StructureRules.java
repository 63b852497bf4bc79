package org.report.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/**
 * S1: the six headings, in order, worded exactly (known variants warn); S2 and value findings met
 * while reading the tables (unknown or group labels, duplicate cells, bad numbers).
 */
public class StructureRules extends ReportRules {

	@Check
	public void checkStructure(Report report) {
		ReportData data = analysis.of(report);
		data.findings().forEach(this::report);
		checkSections(data);
		for (Block loose : data.looseBlocks()) {
			report(Finding.of(Rule.S1, "无法识别的标题「" + loose.getHeading() + "」：应为六个部分的标题之一，或（一）…形式的小标题", loose,
					Literals.BLOCK__HEADING));
		}
	}

	private void checkSections(ReportData data) {
		Set<Integer> seen = new HashSet<>();
		int highest = 0;
		for (SectionEntry s : data.sections()) {
			SectionDef def = s.def();
			String heading = s.block().getHeading();
			if (!seen.add(def.number())) {
				report(Finding.of(Rule.S1, "第" + def.numeral() + "部分「" + def.label() + "」重复", s.block(), Literals.BLOCK__HEADING));
				continue;
			}
			if (def.number() < highest) {
				report(Finding.of(Rule.S1, "章节顺序错误：「" + def.label() + "」应在第" + data.format().section(highest).numeral() + "部分之前",
						s.block(), Literals.BLOCK__HEADING));
			}
			highest = Math.max(highest, def.number());
			if (!heading.trim().startsWith(def.numeral() + "、")) {
				report(Finding.of(Rule.S1, "标题编号错误：「" + heading + "」应为「" + def.label() + "」", s.block(), Literals.BLOCK__HEADING,
						def.label()));
			} else if (s.match().isVariant()) {
				report(Finding.variant(Rule.S1, "标题「" + heading + "」不是正式用语，应为「" + def.label() + "」", s.block(), Literals.BLOCK__HEADING, def.label()));
			}
		}
		List<String> missing = new ArrayList<>();
		for (SectionDef def : data.format().sections()) {
			if (!seen.contains(def.number())) {
				missing.add("「" + def.label() + "」");
			}
		}
		// after a syntax error the parser may have stopped early: the sections it did not read are not
		// reported missing (the syntax error says where reading stopped)
		if (!missing.isEmpty() && data.report().eResource().getErrors().isEmpty()) {
			report(Finding.of(Rule.S1, "缺少" + String.join("、", missing), data.report(), Literals.REPORT__ORGAN));
		}
	}
}
