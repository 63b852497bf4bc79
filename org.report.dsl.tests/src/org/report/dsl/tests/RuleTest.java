package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.Rule;

import com.google.inject.Inject;

/**
 * The rule catalogue: every finding's code, description and severity come from {@link Rule}, and
 * users see the code once (next to the message, never inside it).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RuleTest {

	/** Reports that together make findings of most rules of the language. */
	private static final List<String> SOURCES = List.of(
			Sources.builder().header("年报 测试局 2025 格式 2019")
					.narrative(1, "收到{三.不存在.总计}件，本年度共受理政府信息公开申请 70 件。统计期限为2024年1月1日至2024年12月31日。")
					.table(2, "行政许可：/\n行政事业性收费：20000\n规范性文件 本年度止件数 1")
					.table(3, "新收 自然人 1\n结转下年 自然人 5\n不存在的行：1\n其他法律法规禁止公开 自然人 1")
					.table(4, "行政复议 总计 4 结果维持 1\n复议后起诉 结果维持 -1")
					.heading(5, "五、政府信息公开工作存在的主要问题及改进情况").body(6, Sources.narrative("无。")).build(),
			Sources.table3("新收 自然人 1\n总计 自然人 3"),
			Sources.table3("新收 自然人 1 总计 3\n予以公开 自然人 1 总计 1"),
			Sources.table2("行政事业性收费：20000"),
			Sources.builder().order(1, 3, 2, 4, 5).build(),
			Sources.table2("行政许可：}"));

	@Inject
	private IssueList issues;

	@Test
	public void everyRuleHasADescriptionAndASeverity() {
		for (Rule rule : Rule.values()) {
			assertFalse(rule.description().isBlank(), rule + " has a description");
			assertNotNull(rule.severity(), rule + " has a severity");
			assertNotNull(rule.variantSeverity(), rule + " has a variant severity");
			assertNotNull(rule.scope(), rule + " has a scope");
			assertEquals(rule.name(), rule.id());
			assertSame(rule, Rule.of(rule.id()), rule + " is found by its id");
		}
	}

	@Test
	public void theCodesUsersAndScriptsSee() {
		assertEquals("R1 R2 R3 R4 R5 R6 R7 R8 T1 T2 T3 T4 S1 S2 S3 S4 S6 X1 X2 REF PREV SYNTAX INTERNAL ENCODING IO NOT_REPORT "
				+ "FURNITURE LAYOUT BLANK COLUMNS SEGMENT AMBIGUOUS UNRESOLVED TRUNCATED TEXT",
				Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(" ")));
	}

	@Test
	public void severitiesOfTheCatalogue() {
		assertEquals(EnumSet.of(Rule.R6, Rule.R8, Rule.T1, Rule.T2, Rule.T3, Rule.T4, Rule.X2, Rule.PREV, Rule.FURNITURE,
				Rule.LAYOUT, Rule.BLANK, Rule.COLUMNS, Rule.SEGMENT, Rule.TEXT), rulesWhere(r -> !r.isError()));
		// only S1, S2 (a known variant of a label) and ENCODING (a GB18030 file the importer reads) yield both
		assertEquals(EnumSet.of(Rule.S1, Rule.S2, Rule.ENCODING),
				rulesWhere(r -> r.variantSeverity() != r.severity()));
		assertEquals(Rule.Severity.WARNING, Rule.S2.variantSeverity());
		assertEquals(Rule.Severity.ERROR, Rule.S2.severity());
	}

	@Test
	public void theImportersSolverUsesTheTableEquations() {
		assertEquals(EnumSet.of(Rule.R1, Rule.R2, Rule.R3, Rule.R4), rulesWhere(Rule::isTableEquation));
	}

	@Test
	public void eachTableDeclaresTheRuleItsCellsObey() {
		var format = ReportFormats.V2021;
		assertEquals(Rule.R7, format.table2().cellRule());
		assertEquals(Rule.R5, format.table3().cellRule());
		assertEquals(Rule.R5, format.table4().cellRule());
		assertEquals(Rule.R7, ReportFormats.V2019.table2().cellRule());
	}

	@Test
	public void frameworkCodesAreSyntaxErrors() {
		assertSame(Rule.SYNTAX, Rule.of(null));
		assertSame(Rule.SYNTAX, Rule.of("org.eclipse.xtext.diagnostics.Diagnostic.Linking"));
		assertSame(Rule.R1, Rule.of("R1"));
	}

	/** Every finding's severity is its rule's, or its rule's variant severity for a known variant. */
	@Test
	public void severitiesComeFromTheCatalogue() {
		List<Issue> all = findings();
		for (Issue i : all) {
			Rule rule = Rule.of(i.getCode());
			Rule.Severity severity = i.getSeverity() == Severity.ERROR ? Rule.Severity.ERROR : Rule.Severity.WARNING;
			boolean variant = i.getMessage().contains("不是正式用语");
			assertEquals(variant ? rule.variantSeverity() : rule.severity(), severity, IssueList.line(i));
		}
		assertEquals(EnumSet.of(Rule.R1, Rule.R2, Rule.R3, Rule.R4, Rule.R5, Rule.R6, Rule.R7, Rule.R8, Rule.T1, Rule.S1,
				Rule.S2, Rule.S3, Rule.S4, Rule.S6, Rule.REF, Rule.SYNTAX),
				all.stream().map(i -> Rule.of(i.getCode())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class))));
		assertTrue(all.stream().anyMatch(i -> i.getCode().equals("S2") && i.getSeverity() == Severity.WARNING));
		assertTrue(all.stream().anyMatch(i -> i.getCode().equals("S2") && i.getSeverity() == Severity.ERROR));
	}

	/** The code is shown next to the message ({@code … [R1]}); a message that also names it shows it twice. */
	@Test
	public void noMessageRepeatsItsCode() {
		List<Issue> all = findings();
		assertTrue(all.size() > 20, "findings: " + all.size());
		for (Issue i : all) {
			assertFalse(namesCode(i.getMessage(), i.getCode()), IssueList.line(i));
		}
	}

	@Test
	public void theCodeCheckSeesADoubledCode() {
		assertTrue(namesCode("R1 自然人：一 1 + 二 0 = 1", "R1"));
		assertTrue(namesCode("文中「收到 3 件」T1", "T1"));
		assertFalse(namesCode("找不到上年报告；X1/X2 未检查", "PREV"));
		assertFalse(namesCode("R10 不是 R1", "R2"));
	}

	private static boolean namesCode(String message, String code) {
		return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?![A-Za-z0-9_])").matcher(message).find();
	}

	private List<Issue> findings() {
		List<Issue> all = new ArrayList<>();
		for (String source : SOURCES) {
			all.addAll(issues.issues(issues.parse(source)));
		}
		return all;
	}

	private static Set<Rule> rulesWhere(java.util.function.Predicate<Rule> p) {
		return Arrays.stream(Rule.values()).filter(p).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
	}
}
