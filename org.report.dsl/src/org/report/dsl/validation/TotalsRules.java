package org.report.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.report.dsl.calc.Culprits;
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
			List<Culprits.Suspect> suspects = table.totals().discrepancies().isEmpty() ? List.of()
					: Culprits.of(table.def(), table.totals());
			for (Discrepancy d : table.totals().discrepancies()) {
				List<CellRef> where = new ArrayList<>(d.relation().left());
				where.addAll(d.relation().right());
				var source = anchor(data, where);
				// Issue data: the value the anchored cell would need (a quick fix replaces a wrong total by it),
				// then the likely wrong cell the failing relations share, where the report writes it.
				String computed = d.right().toString();
				Culprits.Suspect suspect = suspects.stream().filter(s -> s.explains(d)).findFirst().orElse(null);
				CulpritData culprit = CulpritData.of(suspect, suspect == null || suspect.culprit() == null ? null
						: table.cells().get(suspect.culprit()), source);
				report(Finding.of(d.rule(), d.message(), source, null,
						culprit == null ? new String[] { computed } : culprit.data(computed)));
			}
		}
	}
}
