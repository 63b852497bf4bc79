package org.report.dsl.tests.importer.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.report.dsl.tests.importer.solve.SolverInputs.T3;
import static org.report.dsl.tests.importer.solve.SolverInputs.cells;
import static org.report.dsl.tests.importer.solve.SolverInputs.displays;
import static org.report.dsl.tests.importer.solve.SolverInputs.printed;
import static org.report.dsl.tests.importer.solve.SolverInputs.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.report.dsl.importer.solve.Candidate;
import org.report.dsl.importer.solve.DigitRun;
import org.report.dsl.importer.solve.Solution;
import org.report.dsl.importer.solve.Solution.Status;
import org.report.dsl.importer.solve.Solver;

/**
 * The solver over a whole table 三 whose rules hold: the rules across rows (R1, R2) decide what each
 * row alone cannot — a row the text does not print, and rows whose run-together digits read two ways.
 */
public class WholeTableSolverTest {

	@Test
	public void bounds_aRowTheTextDoesNotPrintIsPinnedByTheTotals() {
		// 1.本机关不掌握相关政府信息 missing: R2 (（七）总计 = Σ results) leaves it exactly 30 2 0 0 0 0 32
		Map<String, String> table = table3();
		List<DigitRun> runs = new ArrayList<>();
		DigitRun absent = null;
		for (Map.Entry<String, String> row : table.entrySet()) {
			if (row.getKey().equals("NOT_HELD")) {
				absent = DigitRun.absent(cells(T3, row.getKey()));
				runs.add(absent);
			} else {
				runs.add(DigitRun.of(cells(T3, row.getKey()), printed(row.getValue())));
			}
		}
		Solver solver = Solver.of(rules(T3), Set.of(), runs);
		assertEquals(List.of("? ? ? ? ? ? ?"), displays(solver.readings(absent).candidates()));
		Solution solution = solver.solve();

		assertEquals(Status.UNIQUE, solution.status());
		Candidate pinned = solution.chosen().get(absent);
		assertEquals("30 2 0 0 0 0 32", pinned.display());
		assertEquals(7, pinned.gaps());
	}

	@Test
	public void aTable3WithAllCellsRunTogetherIsReadBack() {
		// every row of 表三 printed as one string of digits (175 cells); 「110000011」 (1 10 | 11 0) and
		// 「220000022」 (2 20 | 22 0) read two ways each on their own, and only the column sums (R2) and
		// R1 between the blocks tell which
		Map<String, String> table = table3();
		Map<DigitRun, String> expected = new LinkedHashMap<>();
		for (Map.Entry<String, String> row : table.entrySet()) {
			expected.put(DigitRun.of(cells(T3, row.getKey()), printed(row.getValue().replace(" ", ""))), row.getValue());
		}
		List<DigitRun> runs = List.copyOf(expected.keySet());
		Solver solver = Solver.of(rules(T3), Set.of(), runs);
		Solution solution = solver.solve();

		assertEquals(Status.UNIQUE, solution.status());
		assertEquals(1, solution.solutions());
		Map<DigitRun, String> actual = new LinkedHashMap<>();
		solution.chosen().forEach((run, candidate) -> actual.put(run, candidate.display()));
		assertEquals(expected, actual);
		assertEquals(List.of("1 10 0 0 0 0 11", "11 0 0 0 0 0 11"), displays(solver.readings(runs.get(2)).candidates()));
		assertEquals(List.of("2 20 0 0 0 0 22", "22 0 0 0 0 0 22"), displays(solver.readings(runs.get(7)).candidates()));
	}

	/** A table 三 whose rules (R1–R3) hold, row id → values in official column order. */
	private static Map<String, String> table3() {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("NEW", "51 32 0 0 0 0 83");
		rows.put("CARRIED_OVER", "1 0 0 0 0 0 1");
		rows.put("DISCLOSED", "1 10 0 0 0 0 11");
		rows.put("PARTLY_DISCLOSED", "5 0 0 0 0 0 5");
		rows.put("STATE_SECRET", "0 0 0 0 0 0 0");
		rows.put("PROHIBITED_BY_LAW", "0 0 0 0 0 0 0");
		rows.put("THREE_SECURITIES", "0 0 0 0 0 0 0");
		rows.put("THIRD_PARTY", "2 20 0 0 0 0 22");
		rows.put("INTERNAL_AFFAIRS", "0 0 0 0 0 0 0");
		rows.put("PROCESS_INFO", "1 0 0 0 0 0 1");
		rows.put("ENFORCEMENT_FILES", "0 0 0 0 0 0 0");
		rows.put("QUERY_MATTERS", "0 0 0 0 0 0 0");
		rows.put("NOT_HELD", "30 2 0 0 0 0 32");
		rows.put("NEEDS_CREATION", "0 0 0 0 0 0 0");
		rows.put("STILL_UNCLEAR", "3 0 0 0 0 0 3");
		rows.put("PETITION", "4 0 0 0 0 0 4");
		rows.put("REPEATED", "0 0 0 0 0 0 0");
		rows.put("PUBLICATIONS", "0 0 0 0 0 0 0");
		rows.put("MASS_REPEATED", "0 0 0 0 0 0 0");
		rows.put("CONFIRM_OR_REISSUE", "0 0 0 0 0 0 0");
		rows.put("OVERDUE_CORRECTION", "2 0 0 0 0 0 2");
		rows.put("OVERDUE_FEE", "0 0 0 0 0 0 0");
		rows.put("OTHER_PROCESSING", "2 0 0 0 0 0 2");
		rows.put("RESULT_TOTAL", "50 32 0 0 0 0 82");
		rows.put("CARRIED_FORWARD", "2 0 0 0 0 0 2");
		assertEquals(T3.rows().size(), rows.size());
		return rows;
	}
}
