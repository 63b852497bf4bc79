package org.report.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds minimal valid 2021-format reports, so that a test writes only what matters to it.
 *
 * <p>The default report, line by line (the numbers tests rely on):
 *
 * <pre>
 *  1 年报 测试局 2025 格式 2021
 *  2 一、总体情况
 *  3-5 narrative
 *  6 二、主动公开政府信息情况
 *  7 {   (table 二 rows from line 8)
 *    }
 *    三、收到和处理政府信息公开申请情况
 *    {   (table 三 rows)
 *    }
 *    四、政府信息公开行政复议、行政诉讼情况
 *    {   (table 四 rows)
 *    }
 *    五、存在的主要问题及改进情况 + narrative (4 lines)
 *    六、其他需要报告的事项 + narrative mentioning 信息处理费 (4 lines)
 * </pre>
 *
 * With all three tables empty, 三 is on line 9, 四 on line 12, 五 on 15 and 六 on 19.
 */
public final class Sources {

	public static final String HEADER = "年报 测试局 2025 格式 2021";

	public static final String[] HEADINGS = { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" };

	private Sources() {
	}

	/** A valid report with the given bodies (rows, one per line; may be empty) of tables 二, 三 and 四. */
	public static String report(String table2, String table3, String table4) {
		return builder().table(2, table2).table(3, table3).table(4, table4).build();
	}

	/** A valid report whose table 三 has the given rows, the other tables empty. */
	public static String table3(String rows) {
		return builder().table(3, rows).build();
	}

	/** A valid report whose table 二 has the given rows. */
	public static String table2(String rows) {
		return builder().table(2, rows).build();
	}

	/** A valid report whose table 四 has the given rows. */
	public static String table4(String rows) {
		return builder().table(4, rows).build();
	}

	/** The minimal valid report. */
	public static String valid() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A narrative block with the given text. */
	public static String narrative(String text) {
		return "\"\"\"\n" + text + "\n\"\"\"";
	}

	/** A table block with the given rows, one per line, indented. */
	public static String table(String rows) {
		StringBuilder b = new StringBuilder("{\n");
		for (String line : rows.strip().lines().toList()) {
			if (!line.isBlank()) {
				b.append("  ").append(line.strip()).append('\n');
			}
		}
		return b.append('}').toString();
	}

	public static final class Builder {
		private String header = HEADER;
		private final Map<Integer, String> headings = new LinkedHashMap<>();
		private final Map<Integer, String> bodies = new LinkedHashMap<>();
		private int[] order = { 1, 2, 3, 4, 5, 6 };
		private String trailer;

		private Builder() {
			for (int n = 1; n <= 6; n++) {
				headings.put(n, HEADINGS[n - 1]);
			}
			bodies.put(1, Sources.narrative("本机关依法做好政府信息公开工作。"));
			bodies.put(2, Sources.table(""));
			bodies.put(3, Sources.table(""));
			bodies.put(4, Sources.table(""));
			bodies.put(5, Sources.narrative("存在问题：宣传不够。改进情况：加强宣传。"));
			bodies.put(6, Sources.narrative("本年度未收取信息处理费。"));
		}

		/** Replaces the header line(s): 年报 …, 标题, 上年, 前言. */
		public Builder header(String header) {
			this.header = header;
			return this;
		}

		/** Replaces the heading of section n. */
		public Builder heading(int n, String heading) {
			headings.put(n, heading);
			return this;
		}

		/** Replaces everything after the heading of section n (narratives, tables, part headings). */
		public Builder body(int n, String body) {
			bodies.put(n, body);
			return this;
		}

		/** Section n carries a table with these rows. */
		public Builder table(int n, String rows) {
			return body(n, Sources.table(rows));
		}

		/** Section n carries this narrative only. */
		public Builder narrative(int n, String text) {
			return body(n, Sources.narrative(text));
		}

		/** Which sections appear, in which order (a number may repeat or be left out). */
		public Builder order(int... sections) {
			this.order = sections.clone();
			return this;
		}

		public Builder trailer(String text) {
			this.trailer = text;
			return this;
		}

		public String build() {
			List<String> lines = new ArrayList<>();
			lines.add(header);
			for (int n : order) {
				lines.add(headings.get(n));
				if (!bodies.get(n).isEmpty()) {
					lines.add(bodies.get(n));
				}
			}
			if (trailer != null) {
				lines.add("结尾 " + Sources.narrative(trailer));
			}
			return String.join("\n", lines) + "\n";
		}
	}
}
