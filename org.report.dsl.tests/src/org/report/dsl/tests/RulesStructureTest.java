package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** S1: the six headings, in order, worded exactly. 五 is on line 15 of the default report. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesStructureTest {

	@Inject
	private IssueList issues;

	@Test
	public void validReportIsClean() {
		assertEquals("", issues.of(Sources.valid()));
	}

	@Test
	public void missingSection() {
		assertEquals("ERROR S1 1:4 缺少「六、其他需要报告的事项」", issues.of(Sources.builder().order(1, 2, 3, 4, 5).build()));
	}

	@Test
	public void severalMissingSections() {
		assertEquals("ERROR S1 1:4 缺少「二、主动公开政府信息情况」、「三、收到和处理政府信息公开申请情况」、「四、政府信息公开行政复议、行政诉讼情况」",
				issues.of(Sources.builder().order(1, 5, 6).build()));
	}

	@Test
	public void sectionsOutOfOrder() {
		assertEquals("ERROR S1 9:1 章节顺序错误：「二、主动公开政府信息情况」应在第三部分之前",
				issues.of(Sources.builder().order(1, 3, 2, 4, 5, 6).build()));
	}

	@Test
	public void duplicateSection() {
		assertEquals("ERROR S1 19:1 第五部分「五、存在的主要问题及改进情况」重复",
				issues.of(Sources.builder().order(1, 2, 3, 4, 5, 5, 6).build()));
	}

	@Test
	public void wrongNumeral() {
		assertEquals("ERROR S1 15:1 标题编号错误：「四、存在的主要问题及改进情况」应为「五、存在的主要问题及改进情况」",
				issues.of(Sources.builder().heading(5, "四、存在的主要问题及改进情况").build()));
	}

	@Test
	public void variantHeadingWarns() {
		assertEquals("WARNING S1 15:1 标题「五、政府信息公开工作存在的主要问题及改进情况」不是正式用语，应为「五、存在的主要问题及改进情况」",
				issues.of(Sources.builder().heading(5, "五、政府信息公开工作存在的主要问题及改进情况").build()));
	}

	@Test
	public void unrecognisedHeading() {
		assertEquals("ERROR S1 6:1 无法识别的标题「附件」：应为六个部分的标题之一，或（一）…形式的小标题",
				issues.of(Sources.builder()
						.body(1, Sources.narrative("本机关依法做好政府信息公开工作。") + "\n附件\n" + Sources.narrative("见附件。"))
						.build()));
	}

	@Test
	public void quotedHeadingsWithSpaces() {
		assertEquals("", issues.of(Sources.builder().heading(1, "\"一、 总体情况\"")
				.heading(6, "\"六、其他需要报告的事项\"").build()));
	}

	@Test
	public void partHeadingsAreNotSections() {
		assertEquals("", issues.of(Sources.builder().body(1, """
				（一）主动公开
				""\"
				主动公开信息 324 条。
				""\"
				(二)依申请公开
				""\"
				无。
				""\"
				（五）监督保障
				""\"
				成立领导小组。
				""\"""").build()));
	}
}
