package org.report.dsl.benchmarks;

import java.util.List;
import java.util.Random;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;

/**
 * A published text whose table 三 (收到和处理政府信息公开申请情况) prints all 175 cells run together,
 * row by row with no separator (「713000074」), and whose values hold R1–R3: the worst case of the
 * importer's segmentation. Labels and headings come from the format, values from a seeded generator.
 */
final class RunTogetherTable {

	private RunTogetherTable() {
	}

	static String text(long seed) {
		ReportFormat format = ReportFormat.of(FormatVersion.V2021);
		TableDef table = format.table("三").orElseThrow();
		Random random = new Random(seed);
		List<RowDef> rows = table.rows();
		int columns = 6; // the applicant columns; 总计 is their sum
		int[][] values = new int[rows.size()][columns];
		int totalAt = -1, newAt = -1, inAt = -1, outAt = -1;
		for (int r = 0; r < rows.size(); r++) {
			switch (rows.get(r).id()) {
			case "NEW" -> newAt = r;
			case "CARRIED_OVER" -> inAt = r;
			case "RESULT_TOTAL" -> totalAt = r;
			case "CARRIED_FORWARD" -> outAt = r;
			default -> {
				for (int c = 0; c < columns; c++) {
					values[r][c] = random.nextInt(25); // one and two digits mixed: the most readings
				}
			}
			}
		}
		for (int c = 0; c < columns; c++) {
			for (int r = 0; r < rows.size(); r++) {
				if (r != newAt && r != inAt && r != totalAt && r != outAt) {
					values[totalAt][c] += values[r][c];
				}
			}
			values[inAt][c] = random.nextInt(20);
			values[outAt][c] = random.nextInt(20);
			values[newAt][c] = values[totalAt][c] + values[outAt][c] - values[inAt][c];
		}
		StringBuilder b = new StringBuilder("测试局2023年政府信息公开工作年度报告\n");
		for (SectionDef s : format.sections()) {
			b.append(s.label()).append('\n');
			switch (s.number()) {
			case 2 -> b.append("规章 0 0 0\n行政规范性文件 2 1 10\n行政许可 5\n行政处罚 3\n行政强制 0\n行政事业性收费 1.5\n");
			case 3 -> {
				String group = null;
				for (int r = 0; r < rows.size(); r++) {
					RowDef row = rows.get(r);
					if (row.group() != null && !row.group().equals(group)) {
						b.append(row.group()).append(' ');
					}
					group = row.group();
					int sum = 0;
					b.append(row.label()).append(' ');
					for (int c = 0; c < columns; c++) {
						b.append(values[r][c]);
						sum += values[r][c];
					}
					b.append(sum).append('\n');
				}
			}
			case 4 -> b.append("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n");
			default -> b.append("本年度工作情况。\n");
			}
		}
		return b.toString();
	}
}
