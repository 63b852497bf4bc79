package org.report.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.ColumnKey;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.Labels;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.RowKey;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableDef;
import org.report.dsl.model.ReportData;
import org.report.dsl.narrative.Claim;

/** The table values narrative claims are compared with (T1–T4), and the comparison itself. */
final class TableFacts {

	private final ReportData data;

	TableFacts(ReportData data) {
		this.data = data;
	}

	/** Why the claim disagrees with the tables, or null when it agrees (or cannot be checked). */
	String check(Claim claim) {
		BigDecimal v = claim.value();
		return switch (claim.kind()) {
		case RECEIVED -> received(claim);
		case NONE_RECEIVED -> expect(v, t3(Table3.NEW, Table3.TOTAL), "表三 " + brief(Table3.NEW));
		case HANDLED -> expect(v, t3(Table3.RESULT_TOTAL, Table3.TOTAL), "表三" + brief(Table3.RESULT_TOTAL));
		case CARRIED_IN -> expect(v, t3(Table3.CARRIED_OVER, Table3.TOTAL), "表三 " + brief(Table3.CARRIED_OVER));
		case CARRIED_FORWARD -> expect(v, t3(Table3.CARRIED_FORWARD, Table3.TOTAL), "表三 " + brief(Table3.CARRIED_FORWARD));
		case REVIEW -> cases(v, rows(Table4.REVIEW.in(data.format()).label()), claim.subject(), true);
		case SUIT -> cases(v, rows(Table4.SUIT_DIRECT.in(data.format()).group()), claim.subject(), true);
		case NO_CASES -> cases(v, rows(claim.subject()), null, false);
		case ALL_UPHELD -> allUpheld();
		case IN_FORCE -> inForce(claim);
		case RATE_HANDLED -> rateHandled(claim);
		case SHARE -> share(claim);
		};
	}

	private String received(Claim claim) {
		ColumnKey column = claim.subject() == null ? Table3.TOTAL : column3(claim.subject());
		if (column == null) {
			return null;
		}
		BigDecimal newOnly = t3(Table3.NEW, column), withCarried = newOnly.add(t3(Table3.CARRIED_OVER, column));
		if (claim.value().compareTo(newOnly) == 0 || claim.value().compareTo(withCarried) == 0) {
			return null;
		}
		String which = claim.subject() == null ? "" : "·" + claim.subject();
		return "为 " + claim.value() + "，而表三 " + brief(Table3.NEW) + which + " " + newOnly + "（含上年结转为 " + withCarried
				+ "）";
	}

	/**
	 * A count of table 四 (T2): the sum over the rows the narrative names (行政复议; 行政诉讼 is 直接起诉 +
	 * 复议后起诉) of the result column it names, or of 总计; {@code listRows} names the rows summed.
	 */
	private String cases(BigDecimal stated, List<RowDef> rows, String result, boolean listRows) {
		if (rows.isEmpty()) {
			return null;
		}
		TableDef t4 = data.format().table(Table4.TABLE);
		ColumnDef column = result == null ? null : data.index().column(t4, rows.get(0), result).map(m -> m.def()).orElse(null);
		if (column == null) {
			column = Table4.TOTAL.of(rows.get(0));
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (RowDef row : rows) {
			sum = sum.add(data.table(t4).value(new CellRef(t4, row, column)));
		}
		String name = rows.get(0).group() == null ? rows.get(0).label() : rows.get(0).group();
		String parts = !listRows || rows.size() < 2 ? ""
				: rows.stream().map(RowDef::ref).collect(Collectors.joining(" + ", "（", "）"));
		return expect(stated, sum, "表四 " + name + parts + "·" + column.label());
	}

	/** The rows of table 四 a narrative names: a row by its label, or the rows under a group label (行政诉讼). */
	private List<RowDef> rows(String name) {
		String key = Labels.key(name);
		return data.format().table(Table4.TABLE).rows().stream()
				.filter(r -> Labels.key(r.label()).equals(key) || r.group() != null && Labels.key(r.group()).equals(key))
				.toList();
	}

	private String allUpheld() {
		TableDef t4 = data.format().table(Table4.TABLE);
		BigDecimal pending = BigDecimal.ZERO;
		for (RowDef row : t4.rows()) {
			pending = pending.add(value(t4, row, Table4.PENDING));
		}
		return pending.signum() == 0 ? null
				: "不成立：表四尚有 " + pending + " 件" + Table4.PENDING.of(t4.rows().get(0)).label();
	}

	private String inForce(Claim claim) {
		TableDef t2 = data.format().table(Table2.TABLE);
		Optional<LabelMatch<RowDef>> row = data.index().row(t2, claim.subject());
		if (row.isEmpty() || Table2.IN_FORCE.of(row.get().def()) == null) {
			return null; // the 2019 layout has no 现行有效件数
		}
		ColumnDef inForce = Table2.IN_FORCE.of(row.get().def());
		BigDecimal actual = data.table(t2).value(new CellRef(t2, row.get().def(), inForce));
		return expect(claim.value(), actual, "表二 " + row.get().def().label() + "·" + inForce.label());
	}

	private String rateHandled(Claim claim) {
		BigDecimal handled = t3(Table3.RESULT_TOTAL, Table3.TOTAL);
		BigDecimal due = t3(Table3.NEW, Table3.TOTAL).add(t3(Table3.CARRIED_OVER, Table3.TOTAL));
		return NarrativeRules.samePercent(claim.value(), handled, due) ? null
				: "为 " + claim.value().toPlainString() + "%，而表三" + brief(Table3.RESULT_TOTAL) + " " + handled + " ÷（"
						+ shortName(Table3.NEW) + " + " + shortName(Table3.CARRIED_OVER) + "）" + due + " = "
						+ percent(handled, due);
	}

	private String share(Claim claim) {
		BigDecimal part = new BigDecimal(claim.subject());
		BigDecimal received = t3(Table3.NEW, Table3.TOTAL);
		BigDecimal[] bases = { received, received.add(t3(Table3.CARRIED_OVER, Table3.TOTAL)),
				t3(Table3.RESULT_TOTAL, Table3.TOTAL) };
		for (BigDecimal base : bases) {
			if (NarrativeRules.samePercent(claim.value(), part, base)) {
				return null;
			}
		}
		return "为 " + claim.value().toPlainString() + "%，而 " + part + " ÷ 表三 " + shortName(Table3.NEW) + " " + bases[0]
				+ " = " + percent(part, bases[0]);
	}

	private static String percent(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? "—" : part.multiply(BigDecimal.valueOf(100))
				.divide(whole, 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}

	private static String expect(BigDecimal stated, BigDecimal actual, String what) {
		return stated.compareTo(actual) == 0 ? null : "为 " + stated + "，而" + what + " 为 " + actual + "，相差 "
				+ stated.subtract(actual).abs();
	}

	private BigDecimal t3(RowKey row, ColumnKey column) {
		return value(data.format().table(Table3.TABLE), row.in(data.format()), column);
	}

	private BigDecimal value(TableDef table, RowDef row, ColumnKey column) {
		return data.table(table).value(new CellRef(table, row, column.of(row)));
	}

	/** How messages name a row of table 三: 一、本年新收, 二、上年结转, （七）总计, 四、结转下年度继续办理. */
	private String brief(RowKey key) {
		RowDef row = key.in(data.format());
		return Labels.canonical(row.label()).startsWith("（") ? row.label() : row.ref() + "、" + row.brief();
	}

	private String shortName(RowKey key) {
		return key.in(data.format()).shortName();
	}

	/** The applicant column a claim names (自然人, 商业企业 …), or null. */
	private ColumnKey column3(String label) {
		TableDef t3 = data.format().table(Table3.TABLE);
		return data.index().column(t3, Table3.NEW.in(data.format()), label).map(m -> new ColumnKey(m.def().id()))
				.orElse(null);
	}
}
