package org.report.dsl.calc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Relation;

/**
 * Words a failed relation in Chinese with the values involved, the computed value and the difference,
 * without the rule's code (users see it once, next to the message), e.g. {@code 自然人：一 1 + 二 0 = 1，而（七）总计 0 + 四 0 = 0，相差 1}.
 */
final class DiscrepancyMessages {

	String describe(Relation r, BigInteger left, BigInteger right, Map<CellRef, BigInteger> values,
			Set<CellRef> computed) {
		BigInteger diff = left.subtract(right).abs();
		// cells are told apart among all cells of the relation: R6's single left cell is 四, not its column
		List<CellRef> all = new ArrayList<>(r.left());
		all.addAll(r.right());
		return switch (r.kind()) {
		case EQUAL -> r.subject() + "：" + terms(r.left(), all, values, false) + " = " + left + "，而"
				+ terms(r.right(), all, values, false) + " = " + right + "，相差 " + diff;
		case AT_MOST -> r.subject() + "：" + terms(r.left(), all, values, false) + " 大于 "
				+ terms(r.right(), all, values, false) + " = " + right + "，超出 " + diff;
		case SUM -> {
			CellRef total = r.total();
			String how = computed.contains(total) ? "（由其他合计推算）" : "";
			yield r.subject() + "：" + name(total, r.right()) + how + " " + left + "，而"
					+ terms(r.right(), r.right(), values, true) + " = " + right + "，相差 " + diff;
		}
		};
	}

	/** "一 1 + 二 0"; for long sums only the non-zero addends are listed. */
	private static String terms(List<CellRef> cells, List<CellRef> fellows, Map<CellRef, BigInteger> values,
			boolean nonZeroOnly) {
		List<CellRef> shown = nonZeroOnly
				? cells.stream().filter(c -> values.getOrDefault(c, BigInteger.ZERO).signum() != 0).toList()
				: cells;
		if (shown.isEmpty()) {
			return "各项均为 0";
		}
		String joined = shown.stream().map(c -> (nonZeroOnly ? shortName(c, fellows) : name(c, fellows)) + " "
				+ values.getOrDefault(c, BigInteger.ZERO))
				.collect(Collectors.joining(" + "));
		return shown.size() < cells.size() ? joined + "（其余为 0）" : joined;
	}

	/** Like {@link #name}, but rows by their short name (过程性信息 rather than （三）6), for long sums. */
	private static String shortName(CellRef cell, List<CellRef> fellows) {
		boolean sameRow = fellows.stream().allMatch(c -> c.row().id().equals(cell.row().id()));
		return sameRow ? cell.column().label() : cell.row().shortName();
	}

	/** A cell named by what tells it apart from its fellow cells: its row, or its column. */
	private static String name(CellRef cell, List<CellRef> fellows) {
		boolean sameRow = fellows.stream().allMatch(c -> c.row().id().equals(cell.row().id()));
		return sameRow ? cell.column().label() : cell.row().ref();
	}
}
