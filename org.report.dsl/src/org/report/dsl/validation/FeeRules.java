package org.report.dsl.validation;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.ValueKind;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.reportDsl.Report;

/**
 * R8: amounts are in 万元; a value that looks like 元 (implausibly large for the organ) is warned.
 * Not compared with the 信息处理费 of section 六, which is a different thing.
 */
public class FeeRules extends ReportRules {

	/** 1 亿元 for a department; a people's government collects far more. */
	static final BigDecimal DEPARTMENT_LIMIT = new BigDecimal("10000");
	static final BigDecimal GOVERNMENT_LIMIT = new BigDecimal("10000000");

	@Check
	public void checkAmounts(Report report) {
		ReportData data = analysis.of(report);
		BigDecimal limit = isGovernment(report.getOrgan()) ? GOVERNMENT_LIMIT : DEPARTMENT_LIMIT;
		// the cells of every table whose column holds an amount: 本年收费金额 of table 二 (2019: 采购总金额)
		for (CellEntry e : data.format().tables().stream().flatMap(t -> data.table(t).cells().values().stream()).toList()) {
			CellRef cell = e.cell();
			if (cell.column().kind() == ValueKind.AMOUNT && e.number() != null && e.number().compareTo(limit) > 0) {
				report(Finding.of(Rule.R8, message(cell.row(), cell.column(), e.number(), limit), e.owner(), null));
			}
		}
	}

	private static String message(RowDef row, ColumnDef column, BigDecimal value, BigDecimal limit) {
		return row.label() + "·" + column.label() + " " + value.toPlainString() + " 万元超过 "
				+ limit.toPlainString() + " 万元，是否误填为元？（单位为万元）";
	}

	static boolean isGovernment(String organ) {
		return organ != null && (organ.endsWith("人民政府") || organ.endsWith("实验区") || organ.endsWith("新区"));
	}
}
