package org.report.dsl.ide.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.calc.Discrepancy;
import org.report.dsl.calc.TotalsResult;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;

/**
 * A cell in words, as hovers show it (Markdown): its official row and column, its value and where it
 * comes from, the sums it is the total of with their addends, and each rule it takes part in with its
 * current state.
 */
public final class CellDescription {

	public String describe(ReportData data, CellRef cell) {
		TableData table = data.table(cell.table());
		StringBuilder b = new StringBuilder();
		b.append("**表").append(cell.table().id()).append(" ").append(cell.row().label()).append(" · ")
				.append(cell.column().label()).append("**\n\n");
		CellEntry written = table.cells().get(cell);
		String origin = written != null ? "填写" : table.isComputed(cell) ? "省略，由各项计算" : "未填写，按 0 计";
		b.append("值：").append(table.value(cell).toPlainString()).append("（").append(origin).append("）\n");
		for (Relation r : cell.table().relations()) {
			if (r.kind() == Relation.Kind.SUM && r.total().equals(cell)) {
				b.append("\n").append(sum(r, table.totals())).append('\n');
			}
		}
		List<String> rules = new ArrayList<>();
		for (Relation r : cell.table().relations()) {
			if (r.left().contains(cell) || r.right().contains(cell)) {
				rules.add("- " + r.rule() + " " + r.subject() + "：" + state(r, table.totals()));
			}
		}
		if (!rules.isEmpty()) {
			b.append("\n勾稽关系：\n").append(String.join("\n", rules)).append('\n');
		}
		return b.toString();
	}

	/** 「总计 75 = 自然人 71 + 商业企业 3 + 科研机构 1（其余为 0）」. */
	public static String sum(Relation r, TotalsResult totals) {
		List<String> addends = new ArrayList<>();
		for (CellRef c : r.right()) {
			BigInteger v = totals.value(c);
			if (v.signum() != 0) {
				addends.add(name(c, r.right()) + " " + v);
			}
		}
		String rest = addends.size() < r.right().size() ? (addends.isEmpty() ? "各项均为 0" : "（其余为 0）") : "";
		return r.rule() + " 合计 " + name(r.total(), List.of(r.total())) + " " + totals.value(r.total()) + " = "
				+ String.join(" + ", addends) + rest;
	}

	private static String state(Relation r, TotalsResult totals) {
		for (Discrepancy d : totals.discrepancies()) {
			if (d.relation() == r) {
				return "✗ 不成立（" + d.message().substring(d.message().indexOf('：') + 1) + "）";
			}
		}
		BigInteger left = sumOf(r.left(), totals), right = sumOf(r.right(), totals);
		int cmp = left.compareTo(right);
		boolean holds = r.kind() == Relation.Kind.AT_MOST ? cmp <= 0 : cmp == 0;
		return holds ? "✓ 成立" : "✗ 不成立（由省略的合计推算，见其他问题）";
	}

	private static BigInteger sumOf(List<CellRef> cells, TotalsResult totals) {
		BigInteger s = BigInteger.ZERO;
		for (CellRef c : cells) {
			s = s.add(totals.value(c));
		}
		return s;
	}

	/** A cell named by what tells it apart from its fellows: its column on one row, else its row. */
	private static String name(CellRef cell, List<CellRef> fellows) {
		boolean sameRow = fellows.stream().allMatch(c -> c.row().id().equals(cell.row().id()));
		return sameRow && fellows.size() > 1 ? cell.column().label()
				: fellows.size() == 1 ? cell.row().ref() + "·" + cell.column().label() : cell.row().shortName();
	}
}
