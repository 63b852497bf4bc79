package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.Table2;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.solve.Candidate;
import org.report.dsl.importer.solve.CellValue;
import org.report.dsl.importer.solve.DigitRun;
import org.report.dsl.importer.solve.Solution;
import org.report.dsl.importer.solve.Solver;
import org.report.dsl.importer.text.InputText;

/**
 * What the solver decided, written into the imported table: the values of each settled run, and a
 * finding (with a short note for the output) for every normalisation — digits split, blank cells and
 * 「/」 read as 0, extra zero cells left out, missing cells pinned by a rule — and for every run left
 * open, with its candidates.
 */
final class SolutionRecorder {

	private static final int LISTED = 6;

	private final TableDef def;
	private final InputText input;
	private final List<ImportFinding> findings;
	private final ImportedTable table;
	private final boolean cut;

	SolutionRecorder(TableDef def, InputText input, List<ImportFinding> findings, ImportedTable table, boolean cut) {
		this.def = def;
		this.input = input;
		this.findings = findings;
		this.table = table;
		this.cut = cut;
	}

	/**
	 * @param runs       the table's runs, by what the solver read of them
	 * @param oneReading runs whose printed values can be read one way only, whatever the rules say
	 */
	void report(Solution outcome, Map<DigitRun, CellRun> runs, String decidedBy, Set<DigitRun> openByRules,
			Set<CellRun> oneReading, String rules) {
		for (Map.Entry<DigitRun, Candidate> e : outcome.chosen().entrySet()) {
			CellRun run = runs.get(e.getKey());
			settled(run, e.getValue(), openByRules.contains(e.getKey()) ? decidedBy : null, rules,
					oneReading.contains(run));
		}
		for (Map.Entry<DigitRun, List<Candidate>> e : outcome.open().entrySet()) {
			open(runs.get(e.getKey()), e.getValue(), outcome.solutions(), rules);
		}
	}

	private void settled(CellRun run, Candidate c, String decidedBy, String rules, boolean oneReading) {
		int blanks = 0, notApplicable = 0;
		for (int i = 0; i < run.cells.size(); i++) {
			CellRef cell = run.cells.get(i);
			CellValue v = c.values()[i];
			if (v.kind() == CellValue.Kind.BLANK) {
				blanks++;
			} else if (v.kind() == CellValue.Kind.NOT_APPLICABLE && !Table2.allowsNotApplicable(cell.row())) {
				notApplicable++;
				v = CellValue.BLANK;
			}
			table.values().put(cell, v);
		}
		String where = "「" + run.name + "」";
		String line = "原文第 " + input.line(run.offset()) + " 行";
		if (run.absent()) {
			String missing = cut ? "原文在表" + def.id() + "中断，没有" + where + "行" : "原文没有" + where + "行";
			findings.add(ImportFinding.of(input, cut ? table.lastToken() : table.firstToken(), Rule.COLUMNS,
					missing + "；由 " + rules + " 推出其数值为 " + c.display()));
			table.note(run.rows.get(0), (cut ? "原文中断，" : "原文没有此行，") + "由 " + rules + " 推出");
			return;
		}
		if (c.split()) {
			String by = decidedBy == null ? (oneReading || rules.isEmpty() ? "只有一种切分（不靠勾稽关系）" : "唯一满足 " + rules + " 的切分")
					: "满足 " + (rules.isEmpty() ? "格式" : rules) + " 的切分有多种，按" + decidedBy + "确定";
			warn(run, Rule.SEGMENT, where + "的数字相连「" + run.printed() + "」，" + by + "：" + c.display(),
					line + "数字相连「" + run.printed() + "」，" + (decidedBy == null ? (oneReading || rules.isEmpty() ? "只有一种切分（不靠勾稽关系）" : "按 " + rules + " 唯一切分") : "按" + decidedBy + "切分"));
		}
		if (c.gaps() > 0) {
			warn(run, Rule.COLUMNS, where + "只印了 " + (run.cells.size() - c.gaps()) + " 个数值（应为 " + run.cells.size()
					+ " 个）；缺少的单元格由 " + rules + " 推出：" + c.display(), line + "缺少 " + c.gaps() + " 个单元格，由 " + rules + " 推出");
		}
		if (c.dropped() > 0) {
			warn(run, Rule.COLUMNS, where + "多印了 " + c.dropped() + " 个 0 或空白单元格（共 " + (run.cells.size() + c.dropped())
					+ " 个，应为 " + run.cells.size() + " 个），略去后各列取值唯一", line + "多出 " + c.dropped() + " 个 0，已略去");
		}
		if (blanks > 0) {
			warn(run, Rule.BLANK, where + "有 " + blanks + " 个空白单元格，读作 0", line + "空白单元格读作 0");
		}
		if (notApplicable > 0) {
			warn(run, Rule.BLANK, where + "有 " + notApplicable + " 个「/」，读作 0（「/」只用于县级机关的「规章」行）",
					line + "「/」读作 0");
		}
	}

	private void open(CellRun run, List<Candidate> candidates, int solutions, String rules) {
		for (RowDef r : run.rows) {
			table.unresolved().add(r);
		}
		if (run.absent()) {
			if (!cut && !run.explained) {
				findings.add(ImportFinding.of(input, table.firstToken(), Rule.UNRESOLVED, "表" + def.id()
						+ "没有「" + run.name + "」行，其数值无法由勾稽关系确定；请按原表填写"));
			}
			return;
		}
		String listed = candidates.stream().limit(LISTED).map(Candidate::display).collect(Collectors.joining(" | "))
				+ (candidates.size() > LISTED ? " | …（共 " + candidates.size() + " 种）" : "");
		String where = "「" + run.name + "」的数值「" + run.printed() + "」";
		String message;
		Rule code;
		if (solutions == 0) {
			code = Rule.UNRESOLVED;
			message = where + "没有一种读法能使 " + (rules.isEmpty() ? "表格" : rules) + " 成立（可能的读法：" + listed
					+ "）；请按原表填写";
		} else if (candidates.stream().anyMatch(Candidate::hasUnknown)) {
			code = Rule.UNRESOLVED;
			message = where + "缺少单元格，缺少的数值无法由 " + rules + " 确定；请按原表填写";
		} else {
			code = Rule.AMBIGUOUS;
			message = where + "有 " + (solutions > Solver.MAX_SOLUTIONS ? "超过 " + Solver.MAX_SOLUTIONS
					: candidates.size()) + " 种读法都满足" + (rules.isEmpty() ? "表格（表" + def.id() + "没有勾稽关系）" : " " + rules)
					+ "：" + listed + "；无法确定的单元格：" + undecided(run, candidates) + "；请按原表填写";
		}
		findings.add(ImportFinding.of(input, run.offset(), code, message));
		for (RowDef r : run.rows) {
			table.note(r, "无法识别（原文第 " + input.line(run.offset()) + " 行「" + run.printed() + "」）：" + (code == Rule.AMBIGUOUS
					? "可能是 " + listed : "请按原表填写"));
		}
	}

	/**
	 * The cells the readings fill differently, each with the values it may take: 「法律服务机构」0 或 1
	 * (by column when the run is one row, else by the cell's full name).
	 */
	private static String undecided(CellRun run, List<Candidate> candidates) {
		List<String> open = new ArrayList<>();
		for (int i = 0; i < run.cells.size(); i++) {
			Set<String> values = new LinkedHashSet<>();
			for (Candidate c : candidates) {
				if (i < c.values().length) {
					values.add(c.values()[i].text());
				}
			}
			if (values.size() > 1) {
				CellRef cell = run.cells.get(i);
				open.add((run.rows.size() == 1 ? "「" + cell.column().label() + "」" : "「" + cell.display() + "」")
						+ String.join(" 或 ", values));
			}
		}
		return String.join("、", open);
	}

	private void warn(CellRun run, Rule code, String message, String note) {
		findings.add(ImportFinding.of(input, run.offset(), code, message));
		for (RowDef r : run.rows) {
			table.note(r, note);
			break;
		}
	}
}
