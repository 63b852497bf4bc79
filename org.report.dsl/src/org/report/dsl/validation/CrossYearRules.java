package org.report.dsl.validation;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
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
		checkCarryOver(now, before);
		if (now.format().version() == FormatVersion.V2021 && before.format().version() == FormatVersion.V2021) {
			checkDocumentsInForce(now, before);
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

	/** X1, per column of table 三. */
	private void checkCarryOver(ReportData now, ReportData before) {
		TableDef t3 = now.format().table3();
		TableDef p3 = before.format().table3();
		RowDef carriedIn = t3.row("CARRIED_OVER").orElseThrow();
		RowDef carriedOut = p3.row("CARRIED_FORWARD").orElseThrow();
		for (ColumnDef column : carriedIn.columns()) {
			CellRef here = new CellRef(t3, carriedIn, column);
			CellRef there = new CellRef(p3, carriedOut, column);
			BigDecimal a = now.table(t3).value(here);
			BigDecimal b = before.table(p3).value(there);
			if (a.compareTo(b) != 0) {
				report(Finding.of(Rule.X1, column.label() + "：本年「二、上年结转」" + a + "，而上年报告「四、结转下年度继续办理」" + b + "，相差 "
						+ a.subtract(b).abs(), anchor(now, here), null));
			}
		}
	}

	/** X2, for 规章 and 行政规范性文件. */
	private void checkDocumentsInForce(ReportData now, ReportData before) {
		TableDef t2 = now.format().table2();
		TableData here = now.table(t2);
		TableData there = before.table(before.format().table2());
		for (String rowId : new String[] { "RULES", "NORMATIVE_DOCUMENTS" }) {
			RowDef row = t2.row(rowId).orElseThrow();
			ColumnDef issued = row.column("ISSUED"), repealed = row.column("REPEALED"), inForce = row.column("IN_FORCE");
			CellRef inForceHere = new CellRef(t2, row, inForce);
			BigDecimal last = there.value(new CellRef(before.format().table2(), row, inForce));
			BigDecimal expected = last.add(here.value(new CellRef(t2, row, issued)))
					.subtract(here.value(new CellRef(t2, row, repealed)));
			BigDecimal actual = here.value(inForceHere);
			if (actual.compareTo(expected) != 0) {
				report(Finding.of(Rule.X2, row.label() + "：现行有效件数 " + actual + "，而上年 " + last + " + 本年制发 "
						+ here.value(new CellRef(t2, row, issued)) + " − 本年废止 "
						+ here.value(new CellRef(t2, row, repealed)) + " = " + expected + "，相差 "
						+ actual.subtract(expected).abs() + "（如有集中清理可忽略）", anchor(now, inForceHere), null));
			}
		}
	}
}
