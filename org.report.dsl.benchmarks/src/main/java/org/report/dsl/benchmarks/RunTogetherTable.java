package org.report.dsl.benchmarks;

import java.util.List;
import java.util.Random;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
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
		TableDef table = format.table(Table3.TABLE);
		Random random = new Random(seed);
		List<RowDef> rows = table.rows();
		int columns = 6; // the applicant columns; 总计 is their sum
		int[][] values = new int[rows.size()][columns];
		int newAt = rows.indexOf(Table3.NEW.in(format)), inAt = rows.indexOf(Table3.CARRIED_OVER.in(format));
		int totalAt = rows.indexOf(Table3.RESULT_TOTAL.in(format)), outAt = rows.indexOf(Table3.CARRIED_FORWARD.in(format));
		for (int r = 0; r < rows.size(); r++) {
			if (r != newAt && r != inAt && r != totalAt && r != outAt) {
				for (int c = 0; c < columns; c++) {
					values[r][c] = random.nextInt(25); // one and two digits mixed: the most readings
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
			case 2 -> {
				String[] documents = { "0 0 0", "2 1 10", "5", "3", "0", "1.5" }; // table 二's rows in official order
				List<RowDef> rows2 = format.table(Table2.TABLE).rows();
				for (int r = 0; r < rows2.size(); r++) {
					b.append(rows2.get(r).label()).append(' ').append(documents[r]).append('\n');
				}
			}
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
