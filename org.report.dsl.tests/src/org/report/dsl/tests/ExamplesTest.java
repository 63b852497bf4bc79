package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The findings on the published reports of examples/. Each expected finding was checked against the
 * published text (corpus/published/): it is a real problem of the report, not of the tool.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class ExamplesTest {

	@Inject
	private IssueList issues;

	private String validate(String name) throws IOException {
		return issues.of(ParsingTest.example(name));
	}

	/** Tables re-keyed from the PDF satisfy R1–R4; 96171.6 万元 is plausible for a city government. */
	@Test
	public void huaian2024() throws IOException {
		assertEquals("", validate("huaian-shizhengfu-2024"));
	}

	/** Part headings written quoted as in the original, 「"(一) 主动公开"」, are part headings. */
	@Test
	public void keji2022() throws IOException {
		assertEquals("", validate("keji-gongxin-2022"));
	}

	/** The published heading of 四 reads 「行政法复议」. */
	@Test
	public void pingtan2022() throws IOException {
		assertEquals("WARNING S1 72:1 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」",
				validate("pingtan-2022"));
	}

	/** The six-column table 三 (no 其他) is keyed by column names; the sums hold. */
	@Test
	public void sanmenxia2025() throws IOException {
		assertEquals("", validate("sanmenxia-keji-2025"));
	}

	/** Section 六 says only 「无」: it does not state whether 信息处理费 was collected. */
	@Test
	public void yindu2025() throws IOException {
		assertEquals("ERROR S6 43:1 第六部分未说明是否收取信息处理费（国办函〔2020〕109号）", validate("yindu-keji-2025"));
	}
}
