package org.report.dsl.tests.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.calc.Culprits;
import org.report.dsl.calc.Culprits.Suspect;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.TableId;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.tests.IssueList;
import org.report.dsl.tests.ReportDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The likely wrong cell of failing relations, on copies of the examples with one value changed (a
 * planted error): the changed cell is the culprit, the totals that report it are involved, and the
 * value that makes every failure hold is the original one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class CulpritsTest {

	@Inject
	private IssueList issues;

	@Inject
	private ReportAnalysis analysis;

	@Test
	public void examplesAsPublishedHaveNoSuspects() throws IOException {
		for (String name : new String[] { "huaian-shizhengfu-2024", "pingtan-2022", "sanmenxia-keji-2025" }) {
			assertEquals("", suspects(source(name), TableId.TABLE3), name);
		}
	}

	@Test
	public void aResultCellBreaksItsRowAndItsColumn() throws IOException {
		// 部分公开·自然人 8 → 9: R3 on the row's 总计 and R2 on （七）总计·自然人 fail; the cell they share was changed
		String planted = plant("pingtan-2022", "部分公开 自然人 8 商业企业 1 总计 9", "部分公开 自然人 9 商业企业 1 总计 9");
		assertEquals("PARTLY_DISCLOSED/NATURAL_PERSON = 8 [R3, R2] involved PARTLY_DISCLOSED/TOTAL, RESULT_TOTAL/NATURAL_PERSON",
				suspects(planted, TableId.TABLE3));
	}

	@Test
	public void aReceivedCellBreaksItsRowAndTheColumnEquation() throws IOException {
		// 新收·自然人 3001 → 3002: R3 on 新收·总计 and R1 of 自然人 fail
		String planted = plant("huaian-shizhengfu-2024", "新收：          3001", "新收：          3002");
		assertEquals("NEW/NATURAL_PERSON = 3001 [R3, R1] involved NEW/TOTAL, CARRIED_OVER/NATURAL_PERSON, "
				+ "RESULT_TOTAL/NATURAL_PERSON, CARRIED_FORWARD/NATURAL_PERSON", suspects(planted, TableId.TABLE3));
	}

	@Test
	public void aWrongGrandTotalIsTheCulpritOfAllItsFailures() throws IOException {
		// （七）总计·总计 75 → 76: its row (R3), its column (R2) and the 总计 column's equation (R1) fail
		String planted = plant("pingtan-2022", "总计 自然人 72 商业企业 3 总计 75", "总计 自然人 72 商业企业 3 总计 76");
		assertEquals("RESULT_TOTAL/TOTAL = 75 [R3, R2, R1] involved NEW/TOTAL, CARRIED_OVER/TOTAL, CARRIED_FORWARD/TOTAL",
				suspects(planted, TableId.TABLE3));
	}

	@Test
	public void anOmittedTotalCountsAsItsAddends() throws IOException {
		// without the written （七）总计 row, its cells are computed from the results: a changed result cell
		// breaks its row (R3) and, through the computed column total, the column equation (R1)
		String planted = plant("pingtan-2022", "部分公开 自然人 8 商业企业 1 总计 9", "部分公开 自然人 9 商业企业 1 总计 9")
				.replace("  总计 自然人 72 商业企业 3 总计 75\n", "");
		assertEquals("PARTLY_DISCLOSED/NATURAL_PERSON = 8 [R3, R1] involved NEW/NATURAL_PERSON, CARRIED_OVER/NATURAL_PERSON, "
				+ "PARTLY_DISCLOSED/TOTAL, RESULT_TOTAL/NATURAL_PERSON, CARRIED_FORWARD/NATURAL_PERSON",
				suspects(planted, TableId.TABLE3));
	}

	@Test
	public void aLoneFailingSumBlamesItsWrittenTotal() throws IOException {
		// table 四: 行政复议 总计 2 → 3, only R4 of that row fails
		String planted = plant("pingtan-2022", "行政复议 结果纠正 1 其他结果 1 总计 2", "行政复议 结果纠正 1 其他结果 1 总计 3");
		assertEquals("REVIEW/TOTAL = 2 [R4] involved ", suspects(planted, TableId.TABLE4));
	}

	@Test
	public void loneFailingEquationsHaveNoCulprit() throws IOException {
		// 上年结转 moved from 自然人 to 商业企业: R1 fails in both columns, and no one cell explains both
		String planted = plant("pingtan-2022", "上年结转 自然人 1 总计 1", "上年结转 商业企业 1 总计 1");
		assertEquals("- [R1] involved NEW/NATURAL_PERSON, CARRIED_OVER/NATURAL_PERSON, RESULT_TOTAL/NATURAL_PERSON, "
				+ "CARRIED_FORWARD/NATURAL_PERSON\n- [R1] involved NEW/COMMERCIAL, CARRIED_OVER/COMMERCIAL, "
				+ "RESULT_TOTAL/COMMERCIAL, CARRIED_FORWARD/COMMERCIAL", suspects(planted, TableId.TABLE3));
	}

	private String suspects(String source, TableId table) {
		Report report = (Report) issues.parse(source).getContents().get(0);
		ReportData data = analysis.of(report);
		TableData t = data.table(data.format().table(table));
		return Culprits.of(t.def(), t.totals()).stream().map(CulpritsTest::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(Suspect s) {
		String culprit = s.culprit() == null ? "-" : id(s.culprit()) + " = " + s.value();
		return culprit + " " + s.failures().stream().map(d -> d.rule().id()).collect(Collectors.joining(", ", "[", "]"))
				+ " involved " + s.involved().stream().map(CulpritsTest::id).collect(Collectors.joining(", "));
	}

	private static String id(CellRef c) {
		return c.row().id() + "/" + c.column().id();
	}

	private static String plant(String example, String written, String planted) throws IOException {
		String source = source(example);
		if (!source.contains(written)) {
			throw new AssertionError(example + " no longer writes 「" + written + "」");
		}
		return source.replace(written, planted);
	}

	private static String source(String example) throws IOException {
		Path file = Paths.get(System.getProperty("reportdsl.root"), "examples", example + ".report");
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
