package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.calc.TotalsCalculator;
import org.report.dsl.calc.TotalsResult;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;

/** The totals arithmetic of tables 三 and 四 on hand-built cells, without any parser. */
public class CalculatorTest {

	private static final TableDef T3 = ReportFormats.V2021.table3();
	private static final TableDef T4 = ReportFormats.V2021.table4();
	private static final long MAX = Long.MAX_VALUE;

	private final TotalsCalculator calculator = new TotalsCalculator();

	/** A cell of a table by row id and column id, e.g. cell(T3, "NEW", "NATURAL_PERSON"). */
	static CellRef cell(TableDef table, String row, String column) {
		RowDef r = table.row(row).orElseThrow();
		return new CellRef(table, r, r.column(column));
	}

	/** Cells of table 三 from "ROW/COLUMN", value pairs. */
	static Map<CellRef, Long> t3(Object... pairs) {
		return cells(T3, pairs);
	}

	static Map<CellRef, Long> cells(TableDef table, Object... pairs) {
		Map<CellRef, Long> m = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			String[] rc = ((String) pairs[i]).split("/");
			m.put(cell(table, rc[0], rc[1]), ((Number) pairs[i + 1]).longValue());
		}
		return m;
	}

	/** A value of the result, which must fit in a long. */
	static long v(TotalsResult result, CellRef cell) {
		return result.value(cell).longValueExact();
	}

	static String messages(TotalsResult result) {
		return result.discrepancies().stream().map(Discrepancy::message).collect(Collectors.joining("\n"));
	}

	@Test
	public void omittedTotalsAreComputed() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 3, "NEW/COMMERCIAL", 1,
				"CARRIED_OVER/NATURAL_PERSON", 1, "DISCLOSED/NATURAL_PERSON", 3, "NOT_HELD/COMMERCIAL", 1,
				"CARRIED_FORWARD/NATURAL_PERSON", 1));
		assertEquals("", messages(r));
		// row totals
		assertEquals(4, v(r, cell(T3, "NEW", "TOTAL")));
		assertEquals(1, v(r, cell(T3, "CARRIED_OVER", "TOTAL")));
		assertEquals(3, v(r, cell(T3, "DISCLOSED", "TOTAL")));
		assertEquals(1, v(r, cell(T3, "CARRIED_FORWARD", "TOTAL")));
		// （七）总计 column sums and the grand total
		assertEquals(3, v(r, cell(T3, "RESULT_TOTAL", "NATURAL_PERSON")));
		assertEquals(1, v(r, cell(T3, "RESULT_TOTAL", "COMMERCIAL")));
		assertEquals(0, v(r, cell(T3, "RESULT_TOTAL", "RESEARCH")));
		assertEquals(4, v(r, cell(T3, "RESULT_TOTAL", "TOTAL")));
		// the 25 row totals and the 6 applicant cells of （七）总计 are computed; written cells are not
		assertEquals(31, r.computed().size());
		assertTrue(r.computed().contains(cell(T3, "RESULT_TOTAL", "TOTAL")));
		assertFalse(r.computed().contains(cell(T3, "NEW", "NATURAL_PERSON")));
	}

	@Test
	public void writtenTotalsAreCheckedNotReplaced() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 3, "NEW/COMMERCIAL", 1, "NEW/TOTAL", 5,
				"CARRIED_FORWARD/NATURAL_PERSON", 3, "CARRIED_FORWARD/COMMERCIAL", 1, "CARRIED_FORWARD/TOTAL", 5));
		assertEquals("""
				一：总计 5，而自然人 3 + 商业企业 1（其余为 0） = 4，相差 1
				四：总计 5，而自然人 3 + 商业企业 1（其余为 0） = 4，相差 1""", messages(r));
		assertEquals(5, v(r, cell(T3, "NEW", "TOTAL")));
		assertFalse(r.computed().contains(cell(T3, "NEW", "TOTAL")));
		Discrepancy d = r.discrepancies().get(0);
		assertEquals(Rule.R3, d.rule());
		assertEquals(5, d.left().intValueExact());
		assertEquals(4, d.right().intValueExact());
		assertEquals(1, d.difference().intValueExact());
		assertEquals(cell(T3, "NEW", "TOTAL"), d.anchor());
	}

	@Test
	public void r1ReceivedPlusCarriedInEqualsResultsPlusCarriedOut() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 1));
		assertEquals("""
				自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 0 = 0，相差 1""", messages(r));
		assertEquals(cell(T3, "NEW", "NATURAL_PERSON"), r.discrepancies().get(0).anchor());
	}

	@Test
	public void r2ResultTotalIsTheSumOfTheResultRows() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 2, "NEW/TOTAL", 2, "DISCLOSED/NATURAL_PERSON", 1,
				"DISCLOSED/TOTAL", 1, "RESULT_TOTAL/NATURAL_PERSON", 2, "RESULT_TOTAL/TOTAL", 2));
		assertEquals("""
				自然人：（七）总计 2，而予以公开 1（其余为 0） = 1，相差 1
				总计：（七）总计 2，而予以公开 1（其余为 0） = 1，相差 1""", messages(r));
	}

	@Test
	public void r2WithNoResultsAtAll() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 1, "NEW/TOTAL", 1,
				"RESULT_TOTAL/NATURAL_PERSON", 1, "RESULT_TOTAL/TOTAL", 1));
		assertEquals("""
				自然人：（七）总计 1，而各项均为 0 = 0，相差 1
				总计：（七）总计 1，而各项均为 0 = 0，相差 1""", messages(r));
	}

	@Test
	public void r2ListsEveryNonZeroResultRow() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 9, "NEW/TOTAL", 9, "DISCLOSED/NATURAL_PERSON", 1,
				"DISCLOSED/TOTAL", 1, "STATE_SECRET/NATURAL_PERSON", 2, "STATE_SECRET/TOTAL", 2,
				"OTHER_PROCESSING/NATURAL_PERSON", 3, "OTHER_PROCESSING/TOTAL", 3, "RESULT_TOTAL/NATURAL_PERSON", 9,
				"RESULT_TOTAL/TOTAL", 9));
		assertEquals("""
				自然人：（七）总计 9，而予以公开 1 + 国家秘密 2 + （六）其他 3（其余为 0） = 6，相差 3
				总计：（七）总计 9，而予以公开 1 + 国家秘密 2 + （六）其他 3（其余为 0） = 6，相差 3""", messages(r));
	}

	/**
	 * （七）总计·总计 is both a row total (R3) and a column total (R2). When only its applicant cells are
	 * written and they disagree with the result rows, it is computed from its column; the one mistake is
	 * reported once (R2), not again as R3 on the computed cell or as R1 on the computed 总计 column.
	 */
	@Test
	public void totalOfTotalsIsComputedFromItsColumn() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 2, "DISCLOSED/NATURAL_PERSON", 1,
				"RESULT_TOTAL/NATURAL_PERSON", 2));
		assertEquals(1, v(r, cell(T3, "RESULT_TOTAL", "TOTAL")));
		assertEquals("自然人：（七）总计 2，而予以公开 1（其余为 0） = 1，相差 1", messages(r));
	}

	@Test
	public void r3RowTotalIsTheSumOfTheApplicantColumns() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 1, "NEW/COMMERCIAL", 1, "NEW/RESEARCH", 1,
				"NEW/PUBLIC_WELFARE", 1, "NEW/LEGAL_SERVICE", 1, "NEW/OTHER_ORG", 1, "NEW/TOTAL", 7,
				"CARRIED_FORWARD/NATURAL_PERSON", 1, "CARRIED_FORWARD/COMMERCIAL", 1, "CARRIED_FORWARD/RESEARCH", 1,
				"CARRIED_FORWARD/PUBLIC_WELFARE", 1, "CARRIED_FORWARD/LEGAL_SERVICE", 1, "CARRIED_FORWARD/OTHER_ORG", 1,
				"CARRIED_FORWARD/TOTAL", 7));
		assertEquals("""
				一：总计 7，而自然人 1 + 商业企业 1 + 科研机构 1 + 社会公益组织 1 + 法律服务机构 1 + 其他 1 = 6，相差 1
				四：总计 7，而自然人 1 + 商业企业 1 + 科研机构 1 + 社会公益组织 1 + 法律服务机构 1 + 其他 1 = 6，相差 1""",
				messages(r));
	}

	@Test
	public void r4CaseTotals() {
		TotalsResult r = calculator.check(T4, cells(T4, "REVIEW/UPHELD", 1, "REVIEW/CORRECTED", 2, "REVIEW/TOTAL", 4,
				"SUIT_DIRECT/OTHER_RESULT", 2, "SUIT_AFTER_REVIEW/PENDING", 1, "SUIT_AFTER_REVIEW/TOTAL", 0));
		assertEquals("""
				行政复议：总计 4，而结果维持 1 + 结果纠正 2（其余为 0） = 3，相差 1
				复议后起诉：总计 0，而尚未审结 1（其余为 0） = 1，相差 1""", messages(r));
		assertEquals(2, v(r, cell(T4, "SUIT_DIRECT", "TOTAL")));
		assertTrue(r.computed().contains(cell(T4, "SUIT_DIRECT", "TOTAL")));
	}

	@Test
	public void r6CarriedForwardAtMostReceivedPlusCarriedIn() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 1, "CARRIED_FORWARD/NATURAL_PERSON", 3));
		assertEquals("R1 R6", r.discrepancies().stream().map(Discrepancy::rule).map(Rule::id).collect(Collectors.joining(" ")));
		Discrepancy r6 = r.discrepancies().get(1);
		assertEquals("自然人", r6.relation().subject());
		assertEquals(3, r6.left().intValueExact());
		assertEquals(1, r6.right().intValueExact());
		assertEquals(2, r6.difference().intValueExact());
		assertEquals(cell(T3, "CARRIED_FORWARD", "NATURAL_PERSON"), r6.anchor());
		assertEquals("自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 3 = 3，相差 2", r.discrepancies().get(0).message());
	}

	@Test
	public void r6MessageNamesTheCarriedForwardRow() {
		TotalsResult r = calculator.check(T3, t3("NEW/NATURAL_PERSON", 1, "CARRIED_FORWARD/NATURAL_PERSON", 3));
		assertEquals("""
				自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 3 = 3，相差 2
				自然人：四 3 大于 一 1 + 二 0 = 1，超出 2""", messages(r));
	}

	/** Sums are exact beyond 64 bits: a wrapped or saturated sum would hide or invent a mismatch. */
	@Test
	public void overflowingSumsAreExact() {
		// the written total 9223372036854775807 ≠ 9223372036854775807 + 1
		TotalsResult hidden = calculator.check(T3, t3("NEW/NATURAL_PERSON", MAX, "NEW/COMMERCIAL", 1, "NEW/TOTAL", MAX,
				"CARRIED_FORWARD/NATURAL_PERSON", MAX, "CARRIED_FORWARD/COMMERCIAL", 1, "CARRIED_FORWARD/TOTAL", MAX));
		assertEquals("""
				一：总计 9223372036854775807，而自然人 9223372036854775807 + 商业企业 1（其余为 0） = 9223372036854775808，相差 1
				四：总计 9223372036854775807，而自然人 9223372036854775807 + 商业企业 1（其余为 0） = 9223372036854775808，相差 1""",
				messages(hidden));
		TotalsResult shown = calculator.check(T3, t3("DISCLOSED/NATURAL_PERSON", MAX, "DISCLOSED/TOTAL", MAX,
				"PARTLY_DISCLOSED/NATURAL_PERSON", MAX, "PARTLY_DISCLOSED/TOTAL", MAX, "RESULT_TOTAL/NATURAL_PERSON", 1,
				"RESULT_TOTAL/TOTAL", 1, "NEW/NATURAL_PERSON", 1, "NEW/TOTAL", 1));
		assertEquals("""
				自然人：（七）总计 1，而予以公开 9223372036854775807 + 部分公开 9223372036854775807（其余为 0） = 18446744073709551614，相差 18446744073709551613
				总计：（七）总计 1，而予以公开 9223372036854775807 + 部分公开 9223372036854775807（其余为 0） = 18446744073709551614，相差 18446744073709551613""",
				messages(shown));
	}
}
