package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.util.List;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.Labels;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.TableId;

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
		List<CellRef> cells = a.cells();
		b.append("{\n");
		for (RowDef row : table.rows()) {
			b.append("  ").append(TableId.of(table) == TableId.TABLE2 ? row.label()
					: row.aliases().isEmpty() ? Labels.key(row.label()) : row.aliases().get(0)).append('：');
			for (int i = 0; i < cells.size(); i++) {
				CellRef c = cells.get(i);
				if (c.table().id().equals(table.id()) && c.row().id().equals(row.id())) {
					BigDecimal v = a.totals().get(i);
					b.append(' ').append(v.toPlainString());
				}
			}
			b.append('\n');
		}
		b.append("}\n");
	}
}
