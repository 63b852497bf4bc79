package org.report.dsl.importer.solve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.CrossYearRelation;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.PreviousYear;

/**
 * X1 and X2 as tie-breakers, from the same organ's report for the year before: the format's
 * relations across years ({@link ReportFormat#crossYear}), the ones validation checks, each with
 * last year's value as its constant.
 */
public final class CrossYear {

	private CrossYear() {
	}

	public static List<TieBreaker> of(TableDef table, FormatVersion version, PreviousYear previous, int year) {
		List<TieBreaker> ties = new ArrayList<>();
		if (previous == null || year == 0 || previous.year() != year - 1) {
			return ties;
		}
		String source = "上年报告（" + previous.path() + "）";
		for (CrossYearRelation relation : ReportFormat.of(version).crossYear(ReportFormat.of(previous.version()))) {
			if (!relation.table().id().equals(table.id())) {
				continue; // a relation of another table
			}
			BigDecimal before = previous.values().get(relation.previous());
			if (before != null) {
				List<CellRef> cells = relation.terms().stream().map(CrossYearRelation.Term::cell).toList();
				int[] signs = relation.terms().stream().mapToInt(CrossYearRelation.Term::sign).toArray();
				ties.add(new TieBreaker(relation.rule().id() + "（" + source + "的" + relation.previousName() + "）",
						new LinearConstraint(relation.rule().id(), cells, signs, before.longValueExact())));
			}
		}
		return ties;
	}
}
