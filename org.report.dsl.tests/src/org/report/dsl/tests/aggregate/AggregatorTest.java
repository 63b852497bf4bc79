package org.report.dsl.tests.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.aggregate.Aggregation;
import org.report.dsl.aggregate.Aggregator;
import org.report.dsl.aggregate.GroupBy;
import org.report.dsl.aggregate.KeyFigures;
import org.report.dsl.aggregate.Ranking;
import org.report.dsl.aggregate.ReportSummary;
import org.report.dsl.aggregate.SourceStatus;
import org.report.dsl.aggregate.SummaryReport;
import org.report.dsl.aggregate.SummaryText;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.Table3;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.ReportDslInjectorProvider;
import org.report.dsl.tests.Sources;

import com.google.inject.Inject;

/** 汇总: sums, key figures, ranks, statuses, duplicates, and a result independent of the threads. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class AggregatorTest {

	@Inject
	private Aggregator aggregator;

	@Inject
	private ReportLoader loader;

	@TempDir
	Path dir;

	private static final String A_2025 = Sources.builder().header("年报 甲局 2025 格式 2021")
			.table(3, "新收 自然人 3 商业企业 1 总计 4\n予以公开 自然人 3 商业企业 1 总计 4")
			.table(4, "行政复议 结果维持 1 结果纠正 1 总计 2").build();
	private static final String B_2025 = Sources.builder().header("年报 乙局 2025 格式 2021")
			.table(3, "新收 自然人 5 总计 5\n予以公开 自然人 5 总计 5")
			.table(4, "行政复议 结果纠正 1 总计 1\n直接起诉 结果维持 2 总计 2").build();
	private static final String A_2024 = Sources.builder().header("年报 甲局 2024 格式 2021")
			.table(3, "新收 自然人 2 总计 2\n不掌握 自然人 1 总计 1\n结转下年 自然人 1 总计 1").build();

	private List<Aggregator.Source> files() throws IOException {
		write("a/a-2025.report", A_2025);
		write("a/a-2024.report", A_2024);
		write("b/b-2025.report", B_2025);
		write("b/copy-of-a-2025.report", A_2025);
		Files.write(dir.resolve("b/gbk.report"), "年报 丙局 2025".getBytes(Charset.forName("GBK")));
		write("b/notes.report", "这不是报告\n");
		List<Aggregator.Source> sources = new ArrayList<>();
		for (String f : List.of("a/a-2024.report", "a/a-2025.report", "b/b-2025.report", "b/copy-of-a-2025.report",
				"b/gbk.report", "b/notes.report", "b/missing.report")) {
			sources.add(new Aggregator.Source(dir.resolve(f), f, f.substring(0, 1)));
		}
		return sources;
	}

	private void write(String name, String text) throws IOException {
		Files.createDirectories(dir.resolve(name).getParent());
		Files.writeString(dir.resolve(name), text);
	}

	@Test
	public void sumsKeyFiguresRanksAndStatuses() throws IOException {
		Aggregation a = aggregator.run(files(), GroupBy.ORGAN, 2, n -> {
		});
		assertEquals(List.of("a/a-2024.report VALID 甲局 2024", "a/a-2025.report VALID 甲局 2025",
				"b/b-2025.report VALID 乙局 2025", "b/copy-of-a-2025.report VALID 甲局 2025",
				"b/gbk.report UNREADABLE  0", "b/notes.report UNREADABLE  0", "b/missing.report UNREADABLE  0"),
				a.sources().stream().map(s -> s.source() + " " + s.status() + " " + s.organ() + " " + s.year()).toList());
		assertEquals(1, a.duplicates().size());
		assertEquals("a/a-2025.report", a.duplicates().get(0).firstSource());
		assertTrue(a.hasProblems());
		ReportFormat f = ReportFormat.of(FormatVersion.V2021);
		CellRef newTotal = new CellRef(Table3.TABLE.in(f), Table3.NEW.in(f), Table3.TOTAL.of(Table3.NEW.in(f)));
		assertEquals(new BigDecimal("11"), a.total(newTotal), "2 + 4 + 5; the duplicate is not summed");
		KeyFigures jia = a.organs().get("甲局");
		assertEquals(2, jia.reports());
		assertEquals(new BigDecimal("6"), jia.newApplications());
		assertEquals(new BigDecimal("50.0"), jia.reviewCorrectionRate());
		KeyFigures yi = a.organs().get("乙局");
		assertEquals(new BigDecimal("2"), yi.suits());
		assertEquals(new BigDecimal("0.0"), yi.suitCorrectionRate());
		assertEquals(new BigDecimal("66.7"), a.all().reviewCorrectionRate(), "2 of 3 行政复议 corrected");
		assertEquals(Map.of("甲局", 1, "乙局", 2), Ranking.of(a.organs(), KeyFigures::newApplications));
		assertEquals(List.of(2024, 2025), List.copyOf(a.trend().get("甲局").keySet()));
		assertEquals(new BigDecimal("4"), a.trend().get("甲局").get(2025).newApplications());
	}

	@Test
	public void theResultDoesNotDependOnTheThreads() throws IOException {
		List<Aggregator.Source> files = files();
		String one = SummaryText.write(aggregator.run(files, GroupBy.FOLDER, 1, n -> {
		}));
		String two = SummaryText.write(aggregator.run(files, GroupBy.FOLDER, 2, n -> {
		}));
		assertEquals(one, two);
		assertTrue(one.startsWith("汇总：7 个文件；有效 4，有警告 0，有错误 0，无法读取 3，重复 1\n"), one);
		assertTrue(one.contains("\n主要指标（按目录）\n"), one);
	}

	@Test
	public void ranksShareEqualValues() {
		KeyFigures one = new KeyFigures(1, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		KeyFigures five = new KeyFigures(1, BigDecimal.valueOf(5), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		assertEquals("{丁=1, 丙=1, 甲=3}", Ranking.of(new java.util.TreeMap<>(Map.of("甲", one, "丙", five, "丁", five)),
				KeyFigures::newApplications).toString());
	}

	@Test
	public void theSummaryReportReadsBackWithTheSums() throws IOException {
		Aggregation a = aggregator.run(files(), GroupBy.ORGAN, 2, n -> {
		});
		Path summary = dir.resolve("summary.report");
		Files.writeString(summary, SummaryReport.write(a, "汇总"));
		CheckedReport checked = loader.check(summary);
		assertEquals(0, checked.errors(), () -> checked.issues().toString());
		Aggregation again = aggregator.run(List.of(new Aggregator.Source(summary, "summary.report", ".")),
				GroupBy.ORGAN, 1, n -> {
				});
		ReportSummary s = again.sources().get(0);
		assertEquals(SourceStatus.VALID, s.status(), () -> s.problem());
		assertEquals(2025, s.year());
		assertEquals(a.totals(), again.totals());
		assertFalse(again.hasProblems());
	}
}
