package org.report.dsl.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.RowKey;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.Rule;

/**
 * Generates complete reports of any size for benchmarks and tests: every cell written (positional
 * rows), totals consistent, narrative of a chosen length with table references; optionally with
 * planted arithmetic errors (R1–R4), each of which the validator must find.
 */
public final class SyntheticReports {

	/** Rules an error can be planted for. */
	public static final List<Rule> PLANTABLE = List.of(Rule.R3, Rule.R2, Rule.R1, Rule.R4);

	private static final String[] SENTENCES = {
			"本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
			"全年通过门户网站主动公开政策文件、规划计划、财政预决算和重点领域信息。",
			"严格落实保密审查制度，坚持先审查、后公开，一事一审，确保信息发布安全准确。",
			"畅通线上线下申请渠道，规范登记、审核、办理、答复、归档等环节，按时答复申请人。",
			"加强政策解读，采用图表图解、问答等形式，提高政策的知晓度和可及性。",
			"开展政务新媒体专项检查，对更新不及时、互动不回应的问题及时督促整改。",
			"组织业务培训，提升工作人员依法公开意识和能力，将政务公开纳入年度绩效考核。" };

	private final ReportFormat format = ReportFormat.of(FormatVersion.V2021);

	/**
	 * @param seed           makes the report reproducible
	 * @param narrativeChars about how many characters of narrative to write
	 * @param errors         how many arithmetic errors to plant (cycling through {@link #PLANTABLE}); an
	 *                       error may break further relations too, but never cancels another
	 */
	public SyntheticReport generate(long seed, int narrativeChars, int errors) {
		Random random = new Random(seed);
		StringBuilder b = new StringBuilder();
		b.append("年报 合成测试局").append(seed).append(" 2025 格式 2021\n\n");
		long[][] t3 = table3(random);
		long[][] t4 = table4(random);
		List<Rule> planted = plant(errors, t3, t4, rowOf(Table3.NEW), rowOf(Table3.CARRIED_OVER) + 1,
				rowOf(Table3.RESULT_TOTAL));
		int perSection = Math.max(40, narrativeChars / 8);
		for (SectionDef s : format.sections()) {
			b.append(s.label()).append('\n');
			switch (s.number()) {
			case 1 -> {
				for (String part : format.partLabels()) {
					b.append(part).append('\n');
					narrative(b, random, perSection / 2, part.contains("依申请") ? applications() : "");
				}
			}
			case 2 -> table2(b, random);
			case 3 -> rows(b, format.table(Table3.TABLE).rows(), t3);
			case 4 -> rows(b, format.table(Table4.TABLE).rows(), t4);
			case 5 -> narrative(b, random, perSection, "");
			default -> narrative(b, random, perSection / 4, "本年度未收取信息处理费。");
			}
			b.append('\n');
		}
		return new SyntheticReport(b.toString(), planted);
	}

	/** The lead of the 依申请公开 part: 本年新收政府信息公开申请 {三.新收.总计} 件，结转下年度继续办理 {三.结转下年.总计} 件。 */
	private String applications() {
		RowDef received = Table3.NEW.in(format), carriedOut = Table3.CARRIED_FORWARD.in(format);
		String applied = Labels.key(received.label());
		String count = "数量"; // 本年新收政府信息公开申请数量 → …申请 N 件
		return applied.substring(0, applied.length() - count.length()) + " " + reference(received) + " 件，"
				+ Labels.key(carriedOut.label()) + " " + reference(carriedOut) + " 件。";
	}

	/** A narrative reference to the row's 总计 in table 三, e.g. {三.新收.总计}. */
	private String reference(RowDef row) {
		return "{" + Table3.TABLE.id() + "." + row.shortName() + "." + Table3.TOTAL.of(row).label() + "}";
	}

	private int rowOf(RowKey row) {
		return format.table(row.table()).rows().indexOf(row.in(format));
	}

	private long[][] table3(Random random) {
		List<RowDef> rows = format.table(Table3.TABLE).rows();
		int n = rows.size();
		long[][] v = new long[n][7];
		int received = rowOf(Table3.NEW), carriedIn = rowOf(Table3.CARRIED_OVER);
		int totalRow = rowOf(Table3.RESULT_TOTAL), carriedOut = rowOf(Table3.CARRIED_FORWARD);
		int firstResult = carriedIn + 1; // the result rows run from after 二 to before （七）总计
		for (int r = firstResult; r < totalRow; r++) {
			for (int c = 0; c < 6; c++) {
				v[r][c] = random.nextInt(4) == 0 ? random.nextInt(40) : 0;
			}
		}
		for (int c = 0; c < 6; c++) {
			for (int r = firstResult; r < totalRow; r++) {
				v[totalRow][c] += v[r][c];
			}
			v[carriedOut][c] = random.nextInt(5);
			long handled = v[totalRow][c] + v[carriedOut][c];
			v[carriedIn][c] = handled == 0 ? 0 : random.nextInt((int) Math.min(handled, 10) + 1);
			v[received][c] = handled - v[carriedIn][c];
		}
		for (long[] row : v) {
			row[6] = row[0] + row[1] + row[2] + row[3] + row[4] + row[5];
		}
		return v;
	}

	private static long[][] table4(Random random) {
		long[][] v = new long[3][5];
		for (long[] row : v) {
			for (int c = 0; c < 4; c++) {
				row[c] = random.nextInt(6);
			}
			row[4] = row[0] + row[1] + row[2] + row[3];
		}
		return v;
	}

	/** Breaks one relation per error by changing one written value. */
	private static List<Rule> plant(int errors, long[][] t3, long[][] t4, int received, int firstResult,
			int totalRow) {
		List<Rule> planted = new ArrayList<>();
		for (int i = 0; i < errors; i++) {
			Rule rule = PLANTABLE.get(i % PLANTABLE.size());
			int k = i / PLANTABLE.size();
			switch (rule) {
			case R3 -> t3[firstResult + k % 19][6] += 1; // a row total that is not its row's sum
			case R2 -> {
				t3[totalRow][k % 6] += 2; // （七）总计 of one column, and its row total to keep R3
				t3[totalRow][6] += 2; // (by 2, so that no other planted error cancels it)
			}
			case R1 -> {
				t3[received][(k + 3) % 6] += 1; // 新收 of another column, and its row total to keep R3
				t3[received][6] += 1;
			}
			default -> t4[k % 3][4] += 1; // a 总计 of table 四
			}
			planted.add(rule);
		}
		return planted;
	}

	private void table2(StringBuilder b, Random random) {
		b.append("{\n");
		for (RowDef row : format.table(Table2.TABLE).rows()) {
			b.append("  ").append(row.label()).append('：');
			for (ColumnDef c : row.columns()) {
				b.append(' ').append(switch (c.kind()) {
				case AMOUNT -> random.nextInt(500) + "." + random.nextInt(10) + random.nextInt(10);
				default -> Integer.toString(random.nextInt(200));
				});
			}
			b.append('\n');
		}
		b.append("}\n");
	}

	private static void rows(StringBuilder b, List<RowDef> rows, long[][] values) {
		b.append("{\n");
		for (int r = 0; r < rows.size(); r++) {
			RowDef row = rows.get(r);
			b.append("  ").append(row.aliases().isEmpty() ? Labels.key(row.label()) : row.aliases().get(0)).append('：');
			for (long v : values[r]) {
				b.append(' ').append(v);
			}
			b.append('\n');
		}
		b.append("}\n");
	}

	private static void narrative(StringBuilder b, Random random, int chars, String lead) {
		StringBuilder text = new StringBuilder(lead);
		while (text.length() < chars) {
			text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
			if (random.nextInt(4) == 0) {
				text.append('\n');
			}
		}
		b.append("\"\"\"\n").append(text).append("\n\"\"\"\n");
	}
}
