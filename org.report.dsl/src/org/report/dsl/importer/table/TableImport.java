package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.solve.DigitRun;
import org.report.dsl.importer.solve.LinearConstraint;
import org.report.dsl.importer.solve.RunReadings;
import org.report.dsl.importer.solve.Solution;
import org.report.dsl.importer.solve.Solver;
import org.report.dsl.importer.solve.TieBreaker;
import org.report.dsl.importer.text.InputText;

/**
 * One published table into values: tokens, layout, the candidates of each run, and the choice the
 * rules (R1–R4) make; where several choices remain, the tie-breakers (X1/X2 with the previous year's
 * report, numbers the narrative states) are tried, and otherwise the rows stay unresolved with their
 * candidates listed. Nothing is guessed.
 */
public final class TableImport {

	private final TableDef def;
	private final InputText input;
	private final List<ImportFinding> findings;
	private final List<LinearConstraint> rules = new ArrayList<>();

	private TableImport(TableDef def, InputText input, List<ImportFinding> findings) {
		this.def = def;
		this.input = input;
		this.findings = findings;
		def.relations().stream().filter(r -> r.rule().isTableEquation()).map(LinearConstraint::of)
				.filter(Objects::nonNull).forEach(rules::add);
	}

	/**
	 * @param cut whether the text stops inside this table
	 * @param tieBreakers what may decide between segmentations the rules leave open (computed lazily)
	 */
	public static ImportedTable read(ReportFormat format, TableDef def, InputText input, int start, int end, boolean cut,
			java.util.function.Supplier<List<TieBreaker>> tieBreakers, List<ImportFinding> findings) {
		TableImport t = new TableImport(def, input, findings);
		TableStream stream = new TableStream(input, start, end);
		if (!stream.genericHeaders().isEmpty()) {
			int line = stream.genericHeaders().get(0);
			findings.add(ImportFinding.of(line, 1, Rule.LAYOUT, "表" + def.id() + "被拆成 " + stream.genericHeaders().size()
					+ " 个小表，各有「数据1、数据2…」之类的通用表头（PDF 转 Markdown 工具所加），表头已略去"));
		}
		List<TableToken> tokens = TableTokenizer.tokenize(stream, LabelDictionary.of(format, def));
		TableLayout.Parsed parsed = TableLayout.parse(def, tokens, input, cut, findings);
		ImportedTable table = new ImportedTable(def, parsed.knownZero(), parsed.firstToken(), parsed.lastToken());
		if (!table.hasTable()) {
			return table;
		}
		java.util.Map<DigitRun, CellRun> runs = new java.util.LinkedHashMap<>();
		parsed.runs().forEach(run -> runs.put(run.digits(), run));
		Solver solver = Solver.of(t.rules, parsed.knownZero(), List.copyOf(runs.keySet()));
		java.util.Set<CellRun> oneReading = new java.util.HashSet<>();
		runs.forEach((digits, run) -> {
			if (run.variant != null) {
				table.variants().put(run.rows.get(0), run.variant);
			}
			RunReadings readings = solver.readings(digits);
			if (readings.candidates().size() == 1) {
				oneReading.add(run);
			}
			t.unreadable(run, readings, table);
		});
		Solution outcome = solver.solve();
		String decidedBy = null;
		java.util.Set<DigitRun> openByRules = outcome.open().keySet();
		if (!outcome.open().isEmpty() && outcome.solutions() > 1) {
			List<TieBreaker> ties = tieBreakers.get();
			if (!ties.isEmpty()) {
				Solution decided = solver.solve(ties.stream().map(TieBreaker::constraint).toList());
				if (decided.open().isEmpty() && decided.solutions() == 1) {
					outcome = decided;
					decidedBy = ties.stream().map(TieBreaker::source).distinct().collect(Collectors.joining("、"));
				}
			}
		}
		new SolutionRecorder(def, input, findings, table, cut).report(outcome, runs, decidedBy, openByRules, oneReading,
				t.ruleNames());
		return table;
	}

	/** A run the solver cannot read: its rows stay unresolved, with a finding. */
	private void unreadable(CellRun run, RunReadings result, ImportedTable table) {
		if (result.overflow()) {
			String why = result.problem() != null ? result.problem() : "有超过 " + Solver.MAX_CANDIDATES + " 种切分";
			unresolved(run, table, Rule.AMBIGUOUS, "「" + run.name + "」的数字「" + run.printed() + "」" + why
					+ "，无法确定；请按原表填写");
		} else if (result.candidates().isEmpty()) {
			unresolved(run, table, Rule.UNRESOLVED, "「" + run.name + "」的数值「" + run.printed() + "」无法读取："
					+ result.problem() + "；请按原表填写");
		}
	}

	private void unresolved(CellRun run, ImportedTable table, Rule code, String message) {
		findings.add(ImportFinding.of(input, run.offset(), code, message));
		for (RowDef r : run.rows) {
			table.unresolved().add(r);
			table.note(r, "无法识别（原文第 " + input.line(run.offset()) + " 行「" + run.printed() + "」）");
		}
	}

	/** The rules used, as a range where they run on: 「R1–R3」, 「R4」. */
	private String ruleNames() {
		List<String> ids = rules.stream().map(LinearConstraint::rule).distinct().sorted().toList();
		if (ids.size() > 2) {
			return ids.get(0) + "–" + ids.get(ids.size() - 1);
		}
		return String.join("、", ids);
	}
}
