package org.report.dsl.validation;

import java.math.BigDecimal;
import java.util.Optional;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
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
		case NONE_RECEIVED -> expect(v, t3("NEW", "TOTAL"), "表三 一、本年新收");
		case HANDLED -> expect(v, t3("RESULT_TOTAL", "TOTAL"), "表三（七）总计");
		case CARRIED_IN -> expect(v, t3("CARRIED_OVER", "TOTAL"), "表三 二、上年结转");
		case CARRIED_FORWARD -> expect(v, t3("CARRIED_FORWARD", "TOTAL"), "表三 四、结转下年度继续办理");
		case REVIEW -> expect(v, t4("REVIEW", resultColumn(claim.subject())), "表四 行政复议·" + result(claim.subject()));
		case SUIT -> expect(v, t4("SUIT_DIRECT", resultColumn(claim.subject()))
				.add(t4("SUIT_AFTER_REVIEW", resultColumn(claim.subject()))),
				"表四 行政诉讼（直接起诉 + 复议后起诉）·" + result(claim.subject()));
		case NO_CASES -> claim.subject().equals("行政复议") ? expect(v, t4("REVIEW", "TOTAL"), "表四 行政复议·总计")
				: expect(v, t4("SUIT_DIRECT", "TOTAL").add(t4("SUIT_AFTER_REVIEW", "TOTAL")), "表四 行政诉讼·总计");
		case ALL_UPHELD -> allUpheld();
		case IN_FORCE -> inForce(claim);
		case RATE_HANDLED -> rateHandled(claim);
		case SHARE -> share(claim);
		};
	}

	private String received(Claim claim) {
		String column = claim.subject() == null ? "TOTAL" : columnId(claim.subject());
		if (column == null) {
			return null;
		}
		BigDecimal newOnly = t3("NEW", column), withCarried = newOnly.add(t3("CARRIED_OVER", column));
		if (claim.value().compareTo(newOnly) == 0 || claim.value().compareTo(withCarried) == 0) {
			return null;
		}
		String which = claim.subject() == null ? "" : "·" + claim.subject();
		return "为 " + claim.value() + "，而表三 一、本年新收" + which + " " + newOnly + "（含上年结转为 " + withCarried + "）";
	}

	private String allUpheld() {
		BigDecimal pending = t4("REVIEW", "PENDING").add(t4("SUIT_DIRECT", "PENDING")).add(t4("SUIT_AFTER_REVIEW", "PENDING"));
		return pending.signum() == 0 ? null : "不成立：表四尚有 " + pending + " 件尚未审结";
	}

	private String inForce(Claim claim) {
		TableDef t2 = data.format().table2();
		Optional<LabelMatch<RowDef>> row = data.index().row(t2, claim.subject());
		if (row.isEmpty() || row.get().def().column("IN_FORCE") == null) {
			return null; // the 2019 layout has no 现行有效件数
		}
		BigDecimal actual = data.table(t2).value(new CellRef(t2, row.get().def(), row.get().def().column("IN_FORCE")));
		return expect(claim.value(), actual, "表二 " + row.get().def().label() + "·现行有效件数");
	}

	private String rateHandled(Claim claim) {
		BigDecimal handled = t3("RESULT_TOTAL", "TOTAL");
		BigDecimal due = t3("NEW", "TOTAL").add(t3("CARRIED_OVER", "TOTAL"));
		return NarrativeRules.samePercent(claim.value(), handled, due) ? null
				: "为 " + claim.value().toPlainString() + "%，而表三（七）总计 " + handled + " ÷（新收 + 上年结转）" + due + " = "
						+ percent(handled, due);
	}

	private String share(Claim claim) {
		BigDecimal part = new BigDecimal(claim.subject());
		BigDecimal[] bases = { t3("NEW", "TOTAL"), t3("NEW", "TOTAL").add(t3("CARRIED_OVER", "TOTAL")),
				t3("RESULT_TOTAL", "TOTAL") };
		for (BigDecimal base : bases) {
			if (NarrativeRules.samePercent(claim.value(), part, base)) {
				return null;
			}
		}
		return "为 " + claim.value().toPlainString() + "%，而 " + part + " ÷ 表三 新收 " + bases[0] + " = "
				+ percent(part, bases[0]);
	}

	private static String percent(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? "—" : part.multiply(BigDecimal.valueOf(100))
				.divide(whole, 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}

	private static String expect(BigDecimal stated, BigDecimal actual, String what) {
		return stated.compareTo(actual) == 0 ? null : "为 " + stated + "，而" + what + " 为 " + actual + "，相差 "
				+ stated.subtract(actual).abs();
	}

	private BigDecimal t3(String row, String column) {
		return value(data.format().table3(), row, column);
	}

	private BigDecimal t4(String row, String column) {
		return value(data.format().table4(), row, column);
	}

	private BigDecimal value(TableDef table, String rowId, String columnId) {
		RowDef row = table.row(rowId).orElseThrow();
		return data.table(table).value(new CellRef(table, row, row.column(columnId)));
	}

	private String columnId(String label) {
		RowDef row = data.format().table3().row("NEW").orElseThrow();
		return data.index().column(data.format().table3(), row, label).map(m -> m.def().id()).orElse(null);
	}

	private static String resultColumn(String subject) {
		if (subject == null) {
			return "TOTAL";
		}
		return switch (subject) {
		case "结果维持" -> "UPHELD";
		case "结果纠正" -> "CORRECTED";
		case "其他结果" -> "OTHER_RESULT";
		default -> "PENDING";
		};
	}

	private static String result(String subject) {
		return subject == null ? "总计" : subject;
	}
}
