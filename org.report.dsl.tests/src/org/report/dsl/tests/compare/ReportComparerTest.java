package org.report.dsl.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.compare.CarryOverCheck;
import org.report.dsl.compare.CellChange;
import org.report.dsl.compare.ChangeText;
import org.report.dsl.compare.NarrativeChange;
import org.report.dsl.compare.ReportComparer;
import org.report.dsl.compare.ReportComparison;
import org.report.dsl.compare.SectionChange;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.TableId;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.ReportDslInjectorProvider;
import org.report.dsl.tests.Sources;

import com.google.inject.Inject;

/** 年度对比: cells side by side with their change, X1/X2 on the pair, largest changes, narrative, sections. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class ReportComparerTest {

	@Inject
	private ReportLoader loader;

	@Inject
	private ReportAnalysis analysis;

	private PublishedReport published(String name, String text) {
		Report report = (Report) loader.parse(Path.of("target", name), text).getContents().get(0);
		return new PublishedReportBuilder().build(analysis.of(report));
	}

	private ReportComparison compare(String previous, String current) {
		return new ReportComparer().compare(published("prev.report", previous), published("now.report", current));
	}

	private static CellChange cell(ReportComparison c, TableId table, String row, String column) {
		return c.cells().stream().filter(x -> x.cell().table().id().equals(table.id())
				&& x.cell().row().id().equals(row) && x.cell().column().id().equals(column)).findFirst().orElseThrow();
	}

	private static String describe(CellChange c) {
		return c.cell().display() + " " + ChangeText.previous(c) + "→" + ChangeText.current(c) + " "
				+ ChangeText.delta(c) + " " + ChangeText.percent(c) + ChangeText.note(c);
	}

	private static final String PREVIOUS_2024 = Sources.builder().header("年报 测试局 2024 格式 2021")
			.narrative(1, "2024年共收到申请3件。本机关依法做好政府信息公开工作。")
			.table(2, "行政规范性文件：2 1 10\n行政许可：100")
			.table(3, "新收 自然人 3 总计 3\n予以公开 自然人 2 总计 2\n结转下年 自然人 1 总计 1").build();

	private static final String CURRENT_2025 = Sources.builder().header("年报 测试局 2025 格式 2021")
			.narrative(1, "2025年共收到申请9件。本机关依法做好政府信息公开工作。")
			.table(2, "行政规范性文件：3 1 13\n行政许可：80")
			.table(3, "新收 自然人 5 商业企业 3 总计 8\n上年结转 自然人 1 总计 1\n予以公开 自然人 6 商业企业 3 总计 9")
			.order(1, 2, 3, 4, 5).build();

	@Test
	public void everyCellSideBySideWithItsChange() {
		ReportComparison c = compare(PREVIOUS_2024, CURRENT_2025);
		assertEquals("测试局", c.organ());
		assertEquals(2024, c.previousYear());
		assertTrue(c.consecutive());
		assertEquals(10 + 25 * 7 + 3 * 5, c.cells().size(), "二 10 cells, 三 25 rows × 7 columns, 四 3 rows × 5");
		assertTrue(c.cells().stream().allMatch(x -> x.presence() == CellChange.Presence.BOTH));
		assertEquals("三 一·自然人 3→5 +2 +66.7%", describe(cell(c, Table3.TABLE, "NEW", "NATURAL_PERSON")));
		assertEquals("三 一·商业企业 0→3 +3 上年为0", describe(cell(c, Table3.TABLE, "NEW", "COMMERCIAL")));
		assertEquals("三 四·自然人 1→0 -1 -100.0%", describe(cell(c, Table3.TABLE, "CARRIED_FORWARD", "NATURAL_PERSON")));
		assertEquals("三 一·科研机构 0→0 0 ", describe(cell(c, Table3.TABLE, "NEW", "RESEARCH")));
		assertEquals("二 行政许可·本年处理决定数量 100→80 -20 -20.0%", describe(cell(c, Table2.TABLE, "LICENSING", "DECISIONS")));
		CellChange fromZero = cell(c, Table3.TABLE, "NEW", "COMMERCIAL");
		assertNull(fromZero.percent());
		assertTrue(fromZero.fromZero());
		assertEquals(new BigDecimal("3"), fromZero.delta());
	}

	@Test
	public void carriedOverChecksOnThePair() {
		ReportComparison c = compare(PREVIOUS_2024, CURRENT_2025);
		assertEquals(List.of("X1 自然人 1=1 相符", "X1 商业企业 0=0 相符", "X1 科研机构 0=0 相符", "X1 社会公益组织 0=0 相符",
				"X1 法律服务机构 0=0 相符", "X1 其他 0=0 相符", "X1 总计 1=1 相符", "X2 规章 0=0 相符",
				"X2 行政规范性文件 11=10 不符"), c.checks().stream().map(ReportComparerTest::check).toList());
		assertFalse(c.checksHold());
	}

	private static String check(CarryOverCheck k) {
		return k.relation().rule().id() + " " + k.relation().subject() + " " + k.current().toPlainString() + "="
				+ k.previous().toPlainString() + " " + (k.holds() ? "相符" : "不符");
	}

	@Test
	public void largestChangesLeaveTotalsOut() {
		ReportComparison c = compare(PREVIOUS_2024, CURRENT_2025);
		assertEquals("""
				二 行政许可·本年处理决定数量 100→80 -20 -20.0%
				三 （一）·自然人 2→6 +4 +200.0%
				三 一·商业企业 0→3 +3 上年为0
				三 （一）·商业企业 0→3 +3 上年为0
				二 行政规范性文件·现行有效件数 10→13 +3 +30.0%
				三 一·自然人 3→5 +2 +66.7%
				三 二·自然人 0→1 +1 上年为0
				三 四·自然人 1→0 -1 -100.0%
				二 行政规范性文件·本年制发件数 2→3 +1 +50.0%""".replace("\t", ""),
				c.largest().stream().map(ReportComparerTest::describe).collect(Collectors.joining("\n")));
	}

	@Test
	public void narrativeSentencesWhoseNumbersChanged() {
		ReportComparison c = compare(PREVIOUS_2024, CURRENT_2025);
		assertEquals(List.of(new NarrativeChange(1, "2024年共收到申请3件。", "2025年共收到申请9件。")), c.narrative());
	}

	@Test
	public void sectionsAddedOrRemoved() {
		ReportComparison c = compare(PREVIOUS_2024, CURRENT_2025);
		assertEquals(List.of(new SectionChange("六、其他需要报告的事项", false)), c.sections());
		ReportComparison back = compare(CURRENT_2025.replace("2025", "2024"), PREVIOUS_2024.replace("2024", "2025"));
		assertEquals(List.of(new SectionChange("六、其他需要报告的事项", true)), back.sections());
	}

	@Test
	public void from2019FormatRowsCorrespondByTheFormatModel() {
		String previous = Sources.builder().header("年报 测试局 2020 格式 2019")
				.table(2, "规范性文件：1 2 10\n行政许可：5 -1 30")
				.table(3, "新收 自然人 4 总计 4\n其他处理 自然人 4 总计 4").build();
		String current = Sources.builder().header("年报 测试局 2021 格式 2021")
				.table(2, "行政规范性文件：3 1 12\n行政许可：36")
				.table(3, "新收 自然人 6 总计 6\n其他处理其他 自然人 6 总计 6").build();
		ReportComparison c = compare(previous, current);
		assertEquals("二 行政许可·本年处理决定数量 30→36 +6 +20.0%", describe(cell(c, Table2.TABLE, "LICENSING", "DECISIONS")));
		assertEquals("二 行政规范性文件·本年制发件数 —→3  上年格式无此项",
				describe(cell(c, Table2.TABLE, "NORMATIVE_DOCUMENTS", "ISSUED")));
		assertEquals("二 规范性文件·本年新制作数量 1→—  本年格式无此项",
				describe(cell(c, Table2.TABLE, "NORMATIVE_DOCUMENTS", "NEW_MADE")));
		assertEquals("二 行政许可·本年增/减 -1→—  本年格式无此项", describe(cell(c, Table2.TABLE, "LICENSING", "CHANGE")));
		assertEquals("三 （六）3·自然人 4→6 +2 +50.0%", describe(cell(c, Table3.TABLE, "OTHER_PROCESSING", "NATURAL_PERSON")));
		assertEquals("三 （六）1·自然人 —→0  上年格式无此项",
				describe(cell(c, Table3.TABLE, "OVERDUE_CORRECTION", "NATURAL_PERSON")));
		assertEquals(7, c.checks().size(), "X1 per column of table 三; X2 only between two 2021 layouts");
		assertTrue(c.checksHold());
		assertEquals(19, c.cells().stream().filter(x -> x.presence() == CellChange.Presence.PREVIOUS_ONLY).count(),
				"2019's table 二: 规章, 规范性文件, 其他对外管理服务事项 3 each; 行政许可, 行政处罚, 行政强制, 收费, 集中采购 2 each");
	}
}
