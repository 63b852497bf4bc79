package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * T1/T2 claims the narrative checks used to miss (issue 13): the table's own word 新收, words between
 * the verb and the number, 答复/办结/作出答复 as one, a claim split by a line break, results after a
 * count written as a reference. Ten sentences, each contradicting the tables (新收 74, 上年结转 1,
 * （七）总计 75; 行政复议 结果维持 72 of 72), each flagged on its number: the finding's region is the
 * number (offset and length), not the sentence or the paragraph.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesNarrativeClaimsTest {

	private static final String TABLE3 = """
			新收 自然人 71 商业企业 3
			上年结转 自然人 1
			予以公开 自然人 72 商业企业 3""";
	private static final String TABLE4 = "行政复议 结果维持 72";

	@Inject
	private IssueList issues;

	private Resource report(String narrative) {
		return issues.parse(Sources.builder().narrative(1, narrative).table(3, TABLE3).table(4, TABLE4).build());
	}

	/** Each finding as 「CODE line:col 'the text its region covers' message」. */
	private String findings(String narrative) {
		Resource resource = report(narrative);
		String source = Sources.builder().narrative(1, narrative).table(3, TABLE3).table(4, TABLE4).build();
		List<Issue> found = issues.issues(resource);
		return found.stream().map(i -> i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + " '"
				+ source.substring(i.getOffset(), i.getOffset() + i.getLength()) + "' " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}

	@Test
	public void theTablesOwnWordIsAClaim() {
		assertEquals("T1 4:15 '5' 文中「新收政府信息公开申请 5 件」为 5，而表三 一、本年新收 74（含上年结转为 75）",
				findings("本年度新收政府信息公开申请 5 件。"));
		assertEquals("T1 4:8 '5' 文中「本年新收申请 5 件」为 5，而表三 一、本年新收 74（含上年结转为 75）",
				findings("本年新收申请 5 件。"));
	}

	@Test
	public void wordsBetweenTheVerbAndTheNumberAndTheVerbsSynonyms() {
		assertEquals("T1 4:15 '6' 文中「答复政府信息公开申请 6 件」为 6，而表三（七）总计 为 75，相差 69",
				findings("全年共答复政府信息公开申请 6 件。"));
		assertEquals("T1 4:7 '6' 文中「答复 6 件」为 6，而表三（七）总计 为 75，相差 69", findings("全年共答复 6 件。"));
		assertEquals("T1 4:14 '6' 文中「办结政府信息公开申请 6 件」为 6，而表三（七）总计 为 75，相差 69",
				findings("全年办结政府信息公开申请 6 件。"));
		assertEquals("T1 4:8 '6' 文中「作出答复 6 件」为 6，而表三（七）总计 为 75，相差 69", findings("依法作出答复 6 件。"));
	}

	@Test
	public void aClaimSplitByALineBreakIsReadAsOne() {
		// the region runs over the line break where the words do; the number is on the second line
		assertEquals("T1 5:3 '5' 文中「受理政府信息公开申请 5 件」为 5，而表三 一、本年新收 74（含上年结转为 75）",
				findings("全年共受理政府信息公开申\n请 5 件。"));
		assertEquals("T1 5:1 '70' 文中「收到政府信息公开申请70 件」为 70，而表三 一、本年新收 74（含上年结转为 75）",
				findings("全年收到政府信息公开申请\n70 件。"));
	}

	@Test
	public void resultsAfterACountWrittenAsAReference() {
		assertEquals("T2 4:33 '73' 文中「结果维持 73 件」为 73，而表四 行政复议·结果维持 为 72，相差 1",
				findings("政府信息公开行政复议 {四.行政复议.总计} 件，其中结果维持 73 件。"));
		assertEquals("", findings("政府信息公开行政复议 {四.行政复议.总计} 件，其中结果维持 72 件。"));
	}

	@Test
	public void theSixPatternsFoundBeforeStillAre() {
		assertEquals("T1 4:13 '70' 文中「收到政府信息公开申请70件」为 70，而表三 一、本年新收 74（含上年结转为 75）",
				findings("全区收到政府信息公开申请70件。"));
		assertEquals("T1 4:12 '2' 文中「上年度结转申请 2 件」为 2，而表三 二、上年结转 为 1，相差 1", findings("其中含上年度结转申请 2 件。"));
	}

	@Test
	public void consistentSentencesOfTheNewShapesAreQuiet() {
		assertEquals("", findings("本年度新收政府信息公开申请 74 件，全年共答复政府信息公开申请 75 件，办结\n申请 75 件。"));
	}
}
