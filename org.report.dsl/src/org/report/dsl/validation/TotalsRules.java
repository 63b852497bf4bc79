package org.report.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.format.CellRef;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;

/** R1–R4 and R6: the 勾稽关系 of tables 三 and 四, computed by {@link org.report.dsl.calc.TotalsCalculator}. */
public class TotalsRules extends ReportRules {

	@Check
	public void checkTotals(Report report) {
		ReportData data = analysis.of(report);
		for (TableData table : data.tables().values()) {
			for (Discrepancy d : table.totals().discrepancies()) {
				List<CellRef> where = new ArrayList<>(d.relation().left());
				where.addAll(d.relation().right());
				var source = anchor(data, where);
				// Issue data: the value the anchored cell would need (a quick fix replaces a wrong total by it).
				String computed = d.right().toString();
				report(Finding.of(d.rule(), d.message(), source, null, computed));
			}
		}
	}
}
