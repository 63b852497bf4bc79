package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.text.DisplayWidth;

/**
 * The summary as plain text (汇总说明): counts by status, problems (errors, unreadable files,
 * duplicates, mixed formats), the key figures of every organ with ranks, the groups, every source's
 * status.
 */
public final class SummaryText {

	private SummaryText() {
	}

	/** The column headings of the per-organ breakdown (主要指标). */
	public static final List<String> FIGURE_HEADINGS = List.of("报告数", "本年新收", "新收排名", "办理结果",
			Table3.DISCLOSED.in(Summarizer.FORMAT).shortName(), Table4.REVIEW.in(Summarizer.FORMAT).label(), "复议纠正",
			"复议纠正率", Table4.SUIT_DIRECT.in(Summarizer.FORMAT).group(), "诉讼纠正", "诉讼纠正率");

	/** One organ's (or group's) row of the breakdown, in {@link #FIGURE_HEADINGS} order. */
	public static List<String> figures(KeyFigures f, Integer rank) {
		return List.of(Long.toString(f.reports()), f.newApplications().toPlainString(),
				rank == null ? "" : Integer.toString(rank), f.results().toPlainString(), f.disclosed().toPlainString(),
				f.reviews().toPlainString(), f.reviewsCorrected().toPlainString(), percent(f.reviewCorrectionRate()),
				f.suits().toPlainString(), f.suitsCorrected().toPlainString(), percent(f.suitCorrectionRate()));
	}

	public static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.toPlainString() + "%";
	}

	public static String write(Aggregation a) {
		StringBuilder b = new StringBuilder();
		b.append("汇总：").append(a.sources().size()).append(" 个文件；");
		for (SourceStatus s : SourceStatus.values()) {
			b.append(s.label()).append(' ').append(a.count(s)).append("，");
		}
		b.append("重复 ").append(a.duplicates().size()).append("\n");
		if (a.formats().size() > 1) {
			b.append("注意：混用了多种格式（");
			a.formats().forEach(f -> b.append(f.number()).append(' '));
			b.setLength(b.length() - 1);
			b.append("），按 2021 格式汇总，含义相同的项合计，其余项未计入\n");
		}
		for (Aggregation.Duplicate d : a.duplicates()) {
			b.append("重复：").append(d.report().source()).append(" 与 ").append(d.firstSource()).append(" 同为 ")
					.append(d.report().organ()).append(' ').append(d.report().year()).append(" 年度，未计入汇总\n");
		}
		b.append("\n主要指标（按机关）\n");
		Map<String, Integer> ranks = Ranking.of(a.organs(), KeyFigures::newApplications);
		table(b, "机关", a.organs(), ranks);
		if (a.groupBy() != GroupBy.ORGAN) {
			b.append("\n主要指标（按").append(a.groupBy() == GroupBy.YEAR ? "年度" : "目录").append("）\n");
			table(b, a.groupBy() == GroupBy.YEAR ? "年度" : "目录", a.groups(), Map.of());
		}
		b.append("\n合计：");
		List<String> all = figures(a.all(), null);
		for (int i = 0; i < all.size(); i++) {
			if (!all.get(i).isEmpty()) {
				b.append(FIGURE_HEADINGS.get(i)).append(' ').append(all.get(i)).append("；");
			}
		}
		b.setLength(b.length() - 1);
		b.append("\n\n来源报告\n");
		for (ReportSummary s : a.sources()) {
			b.append(s.source()).append('\t').append(s.status().label());
			if (s.status().summed()) {
				b.append('\t').append(s.organ()).append(' ').append(s.year()).append('\t').append(s.errors())
						.append(" 个错误，").append(s.warnings()).append(" 个警告");
			}
			if (s.problem() != null) {
				b.append('\t').append(s.problem());
			}
			b.append('\n');
		}
		return b.toString();
	}

	private static void table(StringBuilder b, String first, Map<String, KeyFigures> rows, Map<String, Integer> ranks) {
		int width = Math.max(DisplayWidth.of(first), rows.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0));
		pad(b, first, width);
		FIGURE_HEADINGS.forEach(h -> b.append("  ").append(h));
		b.append('\n');
		rows.forEach((name, f) -> {
			pad(b, name, width);
			List<String> cells = figures(f, ranks.get(name));
			for (int i = 0; i < cells.size(); i++) {
				b.append("  ");
				String cell = cells.get(i);
				b.append(" ".repeat(Math.max(0, DisplayWidth.of(FIGURE_HEADINGS.get(i)) - cell.length()))).append(cell);
			}
			b.append('\n');
		});
	}

	private static void pad(StringBuilder b, String s, int width) {
		b.append(s).append(" ".repeat(Math.max(0, width - DisplayWidth.of(s))));
	}
}
