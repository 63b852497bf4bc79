package org.report.dsl.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.format.FormatCatalog;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.ReportImporter;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.tests.IssueList;
import org.report.dsl.tests.ReportDslInjectorProvider;
import org.report.dsl.tests.Sources;

import com.google.inject.Inject;

/**
 * The format is the one source of truth: a copy with a fictional row and a fictional alias
 * ({@link FictionalFormat}) is read by parsing, validation, the text and HTML renderers and the
 * importer with no other change (completion: {@code ide.FictionalRowCompletionTest}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class FictionalRowTest {

	/** 3 received; 1 disclosed (by the new alias), 2 in the new row; totals computed. */
	private static final String ROWS = """
			新收 自然人 3
			全部公开了 自然人 1
			虚构情形 自然人 2""";

	@Inject
	private IssueList issues;

	@Inject
	private ReportAnalysis analysis;

	private FormatCatalog.Replacement fictional;

	@BeforeEach
	public void install() {
		fictional = FictionalFormat.install();
	}

	@AfterEach
	public void restore() {
		fictional.close();
	}

	@Test
	public void theNewRowAndAliasParseAndValidate() {
		assertEquals("", issues.of(Sources.table3(ROWS)));
	}

	@Test
	public void theNewRowTakesPartInTheTotals() {
		// （七）总计 written without the new row's 2: R2 counts the new row among the results
		assertEquals("""
				ERROR R1 11:6 自然人：一 3 + 二 0 = 3，而（七）总计 1 + 四 0 = 1，相差 2
				ERROR R2 14:6 自然人：（七）总计 1，而予以公开 1 + 虚构情形 2（其余为 0） = 3，相差 2
				ERROR R2 14:12 总计：（七）总计 1，而予以公开 1 + 虚构情形 2（其余为 0） = 3，相差 2
				ERROR R1 14:12 总计：一 3 + 二 0 = 3，而（七）总计 1 + 四 0 = 1，相差 2""",
				issues.of(Sources.table3(ROWS + "\n总计 自然人 1 总计 1")));
	}

	@Test
	public void withoutTheCopyTheRowIsUnknown() {
		fictional.close();
		assertTrue(issues.of(Sources.table3(ROWS)).contains("S2"), "the official format has no such row");
		fictional = FictionalFormat.install();
	}

	@Test
	public void textAndHtmlPrintTheNewRow() {
		PublishedReport report = published(Sources.table3(ROWS));
		String text = new TextRenderer().render(report);
		assertTrue(text.contains("5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n"
				+ FictionalFormat.ROW_LABEL + "\t2\t0\t0\t0\t0\t0\t2\n"), text);
		String html = new HtmlRenderer().render(report);
		assertTrue(html.contains(FictionalFormat.ROW_LABEL), html);
		assertEquals(countOf(html, "<tr"), countOf(new HtmlRenderer().render(officialPublished()), "<tr") + 1,
				"one more table row");
	}

	@Test
	public void theImporterReadsTheNewRow() {
		String text = new TextRenderer().render(published(Sources.table3(ROWS)));
		ImportResult result = new ReportImporter().importText("fictional.txt", text.getBytes(StandardCharsets.UTF_8),
				null);
		assertEquals(List.of(), result.findings().stream().filter(f -> f.isError()).toList());
		assertTrue(result.source().contains(FictionalFormat.ROW_ALIAS) || result.source().contains(FictionalFormat.ROW_LABEL),
				result.source());
		assertEquals("", issues.of(result.source()), "the import validates against the copy");
	}

	private PublishedReport published(String source) {
		Resource resource = issues.parse(source);
		return new PublishedReportBuilder().build(analysis.of((Report) resource.getContents().get(0)));
	}

	private PublishedReport officialPublished() {
		fictional.close();
		try {
			return published(Sources.table3("新收 自然人 1\n予以公开 自然人 1"));
		} finally {
			fictional = FictionalFormat.install();
		}
	}

	private static int countOf(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}
