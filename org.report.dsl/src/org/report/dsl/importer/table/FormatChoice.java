package org.report.dsl.importer.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.text.InputText;

/**
 * Which layout the published report uses: the one whose table 二 labels the text prints (the 2019
 * trial format has 本年新制作数量, 上一年项目数量, 政府集中采购 …), else the one its year requires. A
 * report printing the other layout than its year requires is imported as printed (validate's S4
 * judges it).
 */
public final class FormatChoice {

	private FormatChoice() {
	}

	public static FormatVersion detect(InputText input, int start, int end, int year, List<ImportFinding> findings) {
		FormatVersion byYear = year == 0 ? FormatVersion.V2021 : FormatVersion.requiredFor(year);
		if (start < 0) {
			return byYear;
		}
		int score2019 = distinctLabels(input, start, end, ReportFormat.of(FormatVersion.V2019), ReportFormat.of(FormatVersion.V2021));
		int score2021 = distinctLabels(input, start, end, ReportFormat.of(FormatVersion.V2021), ReportFormat.of(FormatVersion.V2019));
		FormatVersion printed = score2019 > score2021 ? FormatVersion.V2019 : score2021 > score2019 ? FormatVersion.V2021 : byYear;
		if (printed != byYear || year == 0 && printed == FormatVersion.V2019) {
			findings.add(ImportFinding.of(input, start, Rule.LAYOUT, "表二的表头是 " + printed.number()
					+ " 年格式（" + printed.document() + "）" + (year == 0 ? "" : "，而 " + year + " 年度应使用 "
							+ byYear.number() + " 年格式") + "；按原文的格式导入"));
		}
		return printed;
	}

	/** How many labels of this layout's table 二 that the other layout lacks the text prints. */
	private static int distinctLabels(InputText input, int start, int end, ReportFormat format, ReportFormat other) {
		Set<String> otherLabels = labels(other.table2());
		Set<String> seen = new HashSet<>();
		for (TableToken t : TableTokenizer.tokenize(new TableStream(input, start, end), LabelDictionary.of(format, format.table2()))) {
			if (t.kind() == TableToken.Kind.LABEL) {
				for (LabelDictionary.Entry e : t.entries()) {
					if (!otherLabels.contains(e.official())) {
						seen.add(e.official());
					}
				}
			}
		}
		return seen.size();
	}

	private static Set<String> labels(TableDef table) {
		Set<String> labels = new HashSet<>();
		for (RowDef r : table.rows()) {
			labels.add(r.label());
		}
		for (ColumnDef c : table.columns()) {
			labels.add(c.label());
		}
		return labels;
	}
}
