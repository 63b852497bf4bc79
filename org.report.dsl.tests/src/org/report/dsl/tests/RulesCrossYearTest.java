package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * X1, X2 and PREV: the previous report is a file next to this year's, named by a relative 上年 path; both
 * are loaded through one resource set with file URIs. With the two-line header, table 二 rows start on
 * line 9 and table 三 rows on line 12.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesCrossYearTest {

	private static final String HEADER_2025 = "年报 测试局 2025 格式 2021\n上年 \"prev.report\"";

	@Inject
	private IssueList issues;

	@TempDir
	Path dir;

	/** Writes both reports, loads the previous one first and this year's second, validates this year's. */
	private String validate(String previous, String current) throws IOException {
		Files.writeString(dir.resolve("prev.report"), previous);
		Files.writeString(dir.resolve("now.report"), current);
		XtextResourceSet set = issues.newResourceSet();
		Resource before = issues.load(set, dir.resolve("prev.report"));
		Resource now = issues.load(set, dir.resolve("now.report"));
		String result = issues.of(now);
		assertSame(before, set.getResources().get(0));
		assertEquals(2, set.getResources().size(), "the previous report is found in the resource set, not loaded again");
		return result;
	}

	private static String previous2024(String table2, String table3) {
		return Sources.builder().header("年报 测试局 2024 格式 2021").table(2, table2).table(3, table3).build();
	}

	private static String current2025(String table2, String table3) {
		return Sources.builder().header(HEADER_2025).table(2, table2).table(3, table3).build();
	}

	@Test
	public void x1CarriedInDiffersFromLastYearsCarriedForward() throws IOException {
		assertEquals("""
				ERROR X1 11:1 总计：本年「二、上年结转」4，而上年报告「四、结转下年度继续办理」3，相差 1
				ERROR X1 12:8 自然人：本年「二、上年结转」3，而上年报告「四、结转下年度继续办理」2，相差 1""",
				validate(previous2024("", "新收 自然人 2 商业企业 1\n结转下年 自然人 2 商业企业 1"),
						current2025("", "上年结转 自然人 3 商业企业 1\n予以公开 自然人 3 商业企业 1")));
	}

	@Test
	public void x1Holds() throws IOException {
		assertEquals("", validate(previous2024("", "新收 自然人 2 商业企业 1\n结转下年 自然人 2 商业企业 1"),
				current2025("", "上年结转：2 1 0 0 0 0 3\n予以公开 自然人 2 商业企业 1")));
	}

	@Test
	public void x2DocumentsInForceDoNotFollow() throws IOException {
		assertEquals("WARNING X2 9:15 行政规范性文件：现行有效件数 12，而上年 10 + 本年制发 2 − 本年废止 1 = 11，相差 1（如有集中清理可忽略）",
				validate(previous2024("行政规范性文件：3 1 10", ""), current2025("行政规范性文件：2 1 12", "")));
	}

	@Test
	public void x2Holds() throws IOException {
		assertEquals("", validate(previous2024("规章：/ / /\n行政规范性文件：3 1 10", ""),
				current2025("规章：/ / /\n行政规范性文件 本年制发件数 2 本年废止件数 1 现行有效件数 11", "")));
	}

	@Test
	public void x1ButNotX2FromA2019FormatReport() throws IOException {
		String previous = Sources.builder().header("年报 测试局 2020 格式 2019").table(2, "规范性文件：1 1 10")
				.table(3, "新收 自然人 2\n结转下年 自然人 2").build();
		String current = Sources.builder().header("年报 测试局 2021 格式 2021\n上年 \"prev.report\"")
				.table(2, "行政规范性文件：0 0 3").table(3, "上年结转 自然人 1\n予以公开 自然人 1").build();
		assertEquals("""
				ERROR X1 12:1 总计：本年「二、上年结转」1，而上年报告「四、结转下年度继续办理」2，相差 1
				ERROR X1 13:8 自然人：本年「二、上年结转」1，而上年报告「四、结转下年度继续办理」2，相差 1""",
				validate(previous, current));
	}

	@Test
	public void previousReportInAnotherDirectory() throws IOException {
		Files.createDirectories(dir.resolve("2024"));
		Files.createDirectories(dir.resolve("2025"));
		Files.writeString(dir.resolve("2024/测试局.report"), previous2024("", "新收 自然人 2\n结转下年 自然人 2"));
		Files.writeString(dir.resolve("2025/测试局.report"), Sources.builder()
				.header("年报 测试局 2025 格式 2021\n上年 \"../2024/测试局.report\"").table(3, "上年结转 自然人 3\n予以公开 自然人 3").build());
		assertEquals("""
				ERROR X1 11:1 总计：本年「二、上年结转」3，而上年报告「四、结转下年度继续办理」2，相差 1
				ERROR X1 12:8 自然人：本年「二、上年结转」3，而上年报告「四、结转下年度继续办理」2，相差 1""",
				issues.of(dir.resolve("2025/测试局.report")));
	}

	@Test
	public void previousReportNameWithSpace() throws IOException {
		Files.writeString(dir.resolve("测试局 2024 年报.report"), previous2024("", "新收 自然人 2\n结转下年 自然人 2"));
		Files.writeString(dir.resolve("now.report"), Sources.builder()
				.header("年报 测试局 2025 格式 2021\n上年 \"测试局 2024 年报.report\"").table(3, "上年结转 自然人 2\n予以公开 自然人 2")
				.build());
		assertEquals("", issues.of(dir.resolve("now.report")));
	}

	@Test
	public void previousReportNotFound() throws IOException {
		Files.writeString(dir.resolve("now.report"),
				Sources.builder().header("年报 测试局 2025 格式 2021\n上年 \"missing.report\"").build());
		assertEquals("WARNING PREV 2:4 找不到或无法读取上年报告「missing.report」；X1/X2 未检查", issues.of(dir.resolve("now.report")));
	}

	@Test
	public void previousReportFound() throws IOException {
		assertEquals("", validate(previous2024("", ""), current2025("", "")));
	}

	@Test
	public void previousReportWithSyntaxErrorsIsNotUsed() throws IOException {
		String broken = previous2024("", "结转下年 自然人").replace("结转下年 自然人", "结转下年 自然人 }");
		assertEquals("WARNING PREV 2:4 上年报告「prev.report」有语法错误（3 处）；请先修正，X1/X2 未检查",
				validate(broken, current2025("", "上年结转 自然人 5")).lines().filter(l -> l.contains("PREV"))
						.findFirst().orElse(""));
	}

	@Test
	public void previousReportOfAnotherYearOrOrganIsNotUsed() throws IOException {
		String of2023 = Sources.builder().header("年报 测试局 2023 格式 2021").table(3, "结转下年 自然人 9").build();
		assertEquals("WARNING PREV 2:4 上年报告「prev.report」是 2023 年度的，应为 2024 年度；X1/X2 未检查",
				validate(of2023, current2025("", "")));
		String otherOrgan = Sources.builder().header("年报 另一局 2024 格式 2021").table(3, "结转下年 自然人 9").build();
		assertEquals("WARNING PREV 2:4 上年报告的机关是「另一局」，与本报告「测试局」不同；X1/X2 未检查",
				validate(otherOrgan, current2025("", "")));
	}
}
