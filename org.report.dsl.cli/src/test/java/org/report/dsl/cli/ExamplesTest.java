package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's main job: validating the examples gives exactly the documented findings. */
class ExamplesTest {

	@Test
	void examplesHaveExactlyTheirDocumentedFindings() {
		Path examples = Path.of(System.getProperty("reportdsl.root", ".."), "examples").normalize();
		CliRun run = CliRun.of("validate", examples.toString());
		String expected = """
				%1$s/pingtan-2022.report:72:1: warning: 标题「四、政府信息公开行政法复议、行政诉讼情况」不是正式用语，应为「四、政府信息公开行政复议、行政诉讼情况」 [S1]
				%1$s/yindu-keji-2025.report:43:1: error: 第六部分未说明是否收取信息处理费（国办函〔2020〕109号） [S6]
				5 个文件，1 个错误，1 个警告
				""".formatted(examples);
		assertEquals(expected, run.out());
		assertEquals(1, run.exit());
	}
}
