package org.report.dsl.validation;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.CrossYearRelation;
import org.report.dsl.format.Rule;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/**
 * X1: this year's 上年结转 equals last year's 结转下年度继续办理; X2 (warning): 现行有效件数 follows from
 * last year's and this year's 制发/废止. Both run only when the previous report is named and found.
 */
public class CrossYearRules extends ReportRules {

	@Check
	public void checkAgainstPreviousYear(Report report) {
		if (report.getPrevious() == null || report.eResource() == null) {
			return;
		}
		Optional<Resource> loaded = load(report);
		Optional<Report> previous = loaded.filter(r -> !r.getContents().isEmpty())
				.map(r -> r.getContents().get(0)).filter(Report.class::isInstance).map(Report.class::cast);
		if (previous.isEmpty()) {
			report(Finding.of(Rule.PREV, "找不到或无法读取上年报告「" + report.getPrevious() + "」；X1/X2 未检查", report,
					Literals.REPORT__PREVIOUS));
			return;
		}
		if (!loaded.get().getErrors().isEmpty()) {
			report(Finding.of(Rule.PREV, "上年报告「" + report.getPrevious() + "」有语法错误（" + loaded.get().getErrors().size()
					+ " 处）；请先修正，X1/X2 未检查", report, Literals.REPORT__PREVIOUS));
			return;
		}
		if (!isPreviousYearOfSameOrgan(report, previous.get())) {
			return;
		}
		ReportData now = analysis.of(report);
		ReportData before = analysis.of(previous.get());
		for (CrossYearRelation relation : now.format().crossYear(before.format())) {
			check(relation, now, before);
		}
	}

	/** The named report must be the same organ's report for the year before; otherwise say so and skip. */
	private boolean isPreviousYearOfSameOrgan(Report report, Report previous) {
		int year = HeaderRules.parse(report.getYear());
		String expectedYear = Integer.toString(year - 1);
		if (year == 0) {
			return false; // no usable year: the header check says so
		}
		if (!expectedYear.equals(previous.getYear())) {
			report(Finding.of(Rule.PREV, "上年报告「" + report.getPrevious() + "」是 " + previous.getYear() + " 年度的，应为 " + expectedYear
					+ " 年度；X1/X2 未检查", report, Literals.REPORT__PREVIOUS));
			return false;
		}
		if (report.getOrgan() != null && !report.getOrgan().equals(previous.getOrgan())) {
			report(Finding.of(Rule.PREV, "上年报告的机关是「" + previous.getOrgan() + "」，与本报告「" + report.getOrgan() + "」不同；X1/X2 未检查", report,
					Literals.REPORT__PREVIOUS));
			return false;
		}
		return true;
	}

	private static Optional<Resource> load(Report report) {
		URI uri = PreviousLink.target(report);
		if (uri == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(report.eResource().getResourceSet().getResource(uri, true));
		} catch (RuntimeException e) {
			return Optional.empty(); // a missing or unreadable file: reported as not found
		}
	}

	/** One relation across years: X1 per column of table 三, X2 per document row of table 二. */
	private void check(CrossYearRelation relation, ReportData now, ReportData before) {
		TableData here = now.table(relation.table());
		CellRef checked = relation.checked();
		BigDecimal actual = here.value(checked);
		BigDecimal last = before.table(relation.previous().table()).value(relation.previous());
		BigDecimal expected = last;
		StringBuilder terms = new StringBuilder();
		for (CrossYearRelation.Term t : relation.terms().subList(1, relation.terms().size())) {
			BigDecimal v = here.value(t.cell());
			expected = t.sign() < 0 ? expected.add(v) : expected.subtract(v);
			terms.append(t.sign() < 0 ? " + " : " − ").append(t.name()).append(' ').append(v);
		}
		if (actual.compareTo(expected) == 0) {
			return;
		}
		BigDecimal difference = actual.subtract(expected).abs();
		String name = relation.terms().get(0).name();
		if (relation.rule() == Rule.X1) {
			report(Finding.of(Rule.X1, relation.subject() + "：本年「" + name + "」" + actual + "，而上年报告「"
					+ relation.previous().row().label() + "」" + expected + "，相差 " + difference, anchor(now, checked), null));
		} else {
			report(Finding.of(Rule.X2, relation.subject() + "：" + name + " " + actual + "，而上年 " + last + terms + " = " + expected
					+ "，相差 " + difference + "（如有集中清理可忽略）", anchor(now, checked), null));
		}
	}
}
