package org.report.dsl.tests.importer.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.report.dsl.tests.importer.solve.SolverInputs.T3;
import static org.report.dsl.tests.importer.solve.SolverInputs.T4;
import static org.report.dsl.tests.importer.solve.SolverInputs.cell;
import static org.report.dsl.tests.importer.solve.SolverInputs.cells;
import static org.report.dsl.tests.importer.solve.SolverInputs.displays;
import static org.report.dsl.tests.importer.solve.SolverInputs.printed;
import static org.report.dsl.tests.importer.solve.SolverInputs.rules;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.report.dsl.format.CellRef;
import org.report.dsl.importer.solve.Candidate;
import org.report.dsl.importer.solve.CellValue;
import org.report.dsl.importer.solve.DigitRun;
import org.report.dsl.importer.solve.LinearConstraint;
import org.report.dsl.importer.solve.RunReadings;
import org.report.dsl.importer.solve.Solution;
import org.report.dsl.importer.solve.Solution.Status;
import org.report.dsl.importer.solve.Solver;

/**
 * The import's solver (切分求解) on hand-built runs of printed values, without any text: how digits run
 * together are split into cells so that the 勾稽关系 hold — one solution, several (listed exactly), or
 * none.
 */
public class SolverTest {

	@Test
	public void digitsRunTogetherHaveOneSplitThatMakesTheRowTotalHold() {
		// 一、本年新收 printed 「713000074」: only 71+3+0+0+0+0 = 74 (R3); 7+13 or a part 「074」 do not fit
		DigitRun run = DigitRun.of(cells(T3, "NEW"), printed("713000074"));
		Solver solver = Solver.of(rules(T3), Set.of(), List.of(run));
		Solution solution = solver.solve();

		assertEquals(Status.UNIQUE, solution.status());
		assertEquals(1, solution.solutions());
		assertEquals(List.of("71 3 0 0 0 0 74"), displays(solver.readings(run).candidates()));
		Candidate chosen = solution.chosen().get(run);
		assertEquals("71 3 0 0 0 0 74", chosen.display());
		assertTrue(chosen.split());
		assertEquals(0, chosen.gaps());
		assertEquals(0, chosen.dropped());
		assertTrue(solution.open().isEmpty());
		assertTrue(solution.unreadable().isEmpty());
	}

	@Test
	public void severalSplitsAreListedNotGuessed() {
		// 行政复议 printed 「110 0 0 11」 (five cells, four values): 1+10 and 11+0 both make 总计 11 (R4)
		DigitRun run = DigitRun.of(cells(T4, "REVIEW"), printed("110 0 0 11"));
		Solver solver = Solver.of(rules(T4), Set.of(), List.of(run));
		Solution solution = solver.solve();

		assertEquals(Status.AMBIGUOUS, solution.status());
		assertEquals(2, solution.solutions());
		assertTrue(solution.chosen().isEmpty());
		assertEquals(Set.of(run), solution.open().keySet());
		assertEquals(List.of("1 10 0 0 11", "11 0 0 0 11"), displays(solution.open().get(run)));
	}

	@Test
	public void noSplitFitsTheRowTotal() {
		// 「123」 must give two cells: 1+23 = 24 or 12+3 = 15, never the printed total 7
		DigitRun run = DigitRun.of(cells(T3, "NEW"), printed("123 0 0 0 0 7"));
		Solver solver = Solver.of(rules(T3), Set.of(), List.of(run));
		Solution solution = solver.solve();

		assertEquals(Status.NONE, solution.status());
		RunReadings readings = solution.unreadable().get(run);
		assertTrue(readings.candidates().isEmpty());
		assertFalse(readings.overflow());
		assertEquals("没有一种切分满足本行的勾稽关系", readings.problem());
		assertTrue(solution.chosen().isEmpty());
		assertTrue(solution.open().isEmpty());
	}

	@Test
	public void noChoiceOfSplitsFitsTheTableRules() {
		// each run has two readings, but 结果纠正 = 5 (a tie-breaker that contradicts both) leaves none
		DigitRun run = DigitRun.of(cells(T4, "REVIEW"), printed("110 0 0 11"));
		Solver solver = Solver.of(rules(T4), Set.of(), List.of(run));
		Solution solution = solver.solve(List.of(LinearConstraint.equal("X", cell(T4, "REVIEW", "CORRECTED"), 5)));

		assertEquals(Status.NONE, solution.status());
		assertEquals(0, solution.solutions());
		// with no solution the run keeps the readings it had
		assertEquals(List.of("1 10 0 0 11", "11 0 0 0 11"), displays(solution.open().get(run)));
	}

	@Test
	public void aTieBreakerSinglesOutOneSplit() {
		// what the rules leave open, a number known from elsewhere (X1, X2, the narrative) decides
		DigitRun run = DigitRun.of(cells(T4, "REVIEW"), printed("110 0 0 11"));
		Solver solver = Solver.of(rules(T4), Set.of(), List.of(run));
		Solution solution = solver.solve(List.of(LinearConstraint.equal("X1", cell(T4, "REVIEW", "UPHELD"), 11)));

		assertEquals(Status.UNIQUE, solution.status());
		assertEquals(1, solution.solutions());
		assertEquals("11 0 0 0 11", solution.chosen().get(run).display());
		// the tie-breaker does not change how the run reads on its own
		assertEquals(List.of("1 10 0 0 11", "11 0 0 0 11"), displays(solver.readings(run).candidates()));
		assertEquals(Status.AMBIGUOUS, solver.solve().status());
	}

	@Test
	public void publishedValuesThatReadOneWayAreKeptEvenWhenARuleFails() {
		// seven values for seven cells: the published row, reproduced; validation judges 5 ≠ 7
		DigitRun run = DigitRun.of(cells(T3, "NEW"), printed("5 0 _ 0 / 0 7"));
		Solution solution = Solver.of(rules(T3), Set.of(), List.of(run)).solve();

		assertEquals(Status.UNIQUE, solution.status());
		Candidate chosen = solution.chosen().get(run);
		assertEquals("5 0 0 0 / 0 7", chosen.display());
		assertFalse(chosen.split());
		assertEquals(CellValue.BLANK, chosen.values()[2]);
		assertEquals(CellValue.NOT_APPLICABLE, chosen.values()[4]);
	}

	@Test
	public void extraZeroCellsAreDropped() {
		// eight values for seven cells: the extra 0 is left out wherever it stands, one reading remains
		DigitRun run = DigitRun.of(cells(T3, "NEW"), printed("71 3 0 0 0 0 0 74"));
		Solution solution = Solver.of(rules(T3), Set.of(), List.of(run)).solve();

		assertEquals(Status.UNIQUE, solution.status());
		Candidate chosen = solution.chosen().get(run);
		assertEquals("71 3 0 0 0 0 74", chosen.display());
		assertEquals(1, chosen.dropped());
	}

	@Test
	public void aCellTooFewIsPinnedByTheRowRule() {
		// 行政复议 printed with four values for five cells: only a missing 总计 fits R4 (3+0+0+0); a gap
		// anywhere else would need a negative count
		DigitRun run = DigitRun.of(cells(T4, "REVIEW"), printed("3 0 0 0"));
		Solver solver = Solver.of(rules(T4), Set.of(), List.of(run));
		Solution solution = solver.solve();

		assertEquals(Status.UNIQUE, solution.status());
		Candidate chosen = solution.chosen().get(run);
		assertEquals("3 0 0 0 3", chosen.display());
		assertEquals(1, chosen.gaps());
		assertEquals(List.of("3 0 0 0 3"), displays(solver.readings(run).candidates()));
	}

	@Test
	public void cellsLostWhereTheTextStopsAreNotGuessed() {
		DigitRun run = DigitRun.atCut(cells(T4, "REVIEW"), printed("3 1 0"));
		Solution solution = Solver.of(rules(T4), Set.of(), List.of(run)).solve();

		assertEquals(Status.NONE, solution.status());
		assertEquals("原文在此中断，只有 3 个数值，应有 5 个", solution.unreadable().get(run).problem());
	}

	@Test
	public void fixedZeroCellsTakePartInTheRules() {
		// a table 三 printed without the 其他 column: the row's R3 still holds, with 其他 fixed at 0
		CellRef other = cell(T3, "NEW", "OTHER_ORG");
		List<CellRef> printedCells = cells(T3, "NEW").stream().filter(c -> !c.equals(other)).toList();
		DigitRun run = DigitRun.of(printedCells, printed("71300074"));

		Solution withFixed = Solver.of(rules(T3), Set.of(other), List.of(run)).solve();
		assertEquals(Status.UNIQUE, withFixed.status());
		assertEquals("71 3 0 0 0 74", withFixed.chosen().get(run).display());

		// without it R3 names a cell nobody gives, so no rule applies and every split stays open: eight
		// digits in six cells, one part of three digits (713, 130, 300) or two of two (71+30, 71+74,
		// 13+74, 30+74); no part starts with 0
		Solver unfixed = Solver.of(rules(T3), Set.of(), List.of(run));
		assertEquals(Status.AMBIGUOUS, unfixed.solve().status());
		assertEquals(Set.of("713 0 0 0 7 4", "7 130 0 0 7 4", "7 1 300 0 7 4", "71 30 0 0 7 4", "71 3 0 0 0 74",
				"7 13 0 0 0 74", "7 1 30 0 0 74"), Set.copyOf(displays(unfixed.readings(run).candidates())));
	}

	@Test
	public void tooManySplitsAreNotEnumerated() {
		// nineteen 1s into seven cells with no rule: C(18, 6) = 18564 splits, more than the solver lists
		DigitRun run = DigitRun.of(cells(T3, "NEW"), printed("1111111111111111111"));
		Solver solver = Solver.of(List.of(), Set.of(), List.of(run));
		Solution solution = solver.solve();

		RunReadings readings = solver.readings(run);
		assertTrue(readings.overflow());
		assertEquals(Solver.MAX_CANDIDATES + 1, readings.candidates().size());
		assertEquals(Status.AMBIGUOUS, solution.status());
		assertEquals(Set.of(run), solution.unreadable().keySet());
	}

	@Test
	public void aRunIsAPlaceInTheTextNotItsValues() {
		DigitRun a = DigitRun.of(cells(T3, "NEW"), printed("1 0 0 0 0 0 1"));
		DigitRun b = DigitRun.of(cells(T3, "NEW"), printed("1 0 0 0 0 0 1"));
		assertFalse(a.equals(b));
		assertNull(Solver.of(rules(T3), Set.of(), List.of(a)).readings(b));
	}
}
