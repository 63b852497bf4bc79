package org.report.dsl.ide.completion;

import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.SectionDef;

/**
 * A new report as an LSP snippet: the header with placeholders for the organ and the year, then the
 * six sections of the format in order (the five parts of 一, empty tables for 二–四, narrative for 五
 * and 六, which must say whether 信息处理费 was collected).
 */
public final class ReportSkeleton {

	private ReportSkeleton() {
	}

	public static String snippet(ReportFormat format) {
		StringBuilder b = new StringBuilder("年报 ${1:机关名称} ${2:2025} 格式 ").append(format.version().number()).append("\n\n");
		int placeholder = 3;
		for (SectionDef s : format.sections()) {
			b.append(s.label()).append('\n');
			if (s.number() == 1) {
				for (String part : format.partLabels()) {
					b.append(part).append("\n\"\"\"\n${").append(placeholder++).append("}\n\"\"\"\n");
				}
			} else if (s.table() != null) {
				b.append("{\n}\n");
			} else if (s.number() == 6) {
				b.append("\"\"\"\n${").append(placeholder++).append(":本年度未收取信息处理费。}\n\"\"\"\n");
			} else {
				b.append("\"\"\"\n${").append(placeholder++).append("}\n\"\"\"\n");
			}
			b.append('\n');
		}
		return b.toString().stripTrailing() + "\n$0";
	}
}
