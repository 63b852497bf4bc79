package org.report.dsl.aggregate;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;

/**
 * The summary as a report in the language (汇总报告 .report): the 2021 format's six sections, every
 * table row written positionally with its sums (as {@code reportdsl synth} writes rows), a narrative
 * naming what was summed. It reads back through the same loader as any report.
 */
public final class SummaryReport {

	private SummaryReport() {
	}

	/** @param organ the name the summary's header gives (e.g. the folder's or the county's name) */
	public static String write(Aggregation a, String organ) {
		StringBuilder b = new StringBuilder();
		int year = a.latestYear();
		b.append("年报 ").append(organ).append(' ').append(year).append(" 格式 ")
				.append(Summarizer.FORMAT.version().number()).append("\n\n");
		long summed = a.sources().stream().filter(s -> s.status().summed()).count() - a.duplicates().size();
		for (SectionDef s : Summarizer.FORMAT.sections()) {
			b.append(s.label()).append('\n');
			if (s.table() != null) {
				table(b, a, s.table());
			} else {
				String text = switch (s.number()) {
				case 1 -> "本报告由 reportdsl aggregate 汇总 " + summed + " 份报告的表格数据生成（共读取 "
						+ a.sources().size() + " 个文件）。";
				case 6 -> "本汇总不统计信息处理费收取情况，以各来源报告为准。";
				default -> "见各来源报告。";
				};
				b.append("\"\"\"\n").append(text).append("\n\"\"\"\n");
			}
			b.append('\n');
		}
		return b.toString();
	}

	private static void table(StringBuilder b, Aggregation a, TableDef table) {
		b.append("{\n");
		for (RowDef row : table.rows()) {
			b.append("  ").append(row.shortName()).append('：');
			for (ColumnDef column : row.columns()) {
				b.append(' ').append(a.total(new CellRef(table, row, column)).toPlainString());
			}
			b.append('\n');
		}
		b.append("}\n");
	}
}
