package org.report.dsl.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.cli.CliRunner;

/** Every example in every format, rendered by the command line, equals its golden file. */
class GoldenFilesTest {

	static String[][] cases() {
		String[] formats = { "text:.txt", "html:.html", "review:.review.html", "json:.json" };
		String[][] cases = new String[Golden.EXAMPLES.length * formats.length][];
		int i = 0;
		for (String example : Golden.EXAMPLES) {
			for (String format : formats) {
				cases[i++] = new String[] { example, format.split(":")[0], format.split(":")[1] };
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void exampleMatchesGolden(String example, String format, String extension) throws IOException {
		CliRunner.Result run = CliRunner.run("render", "--format", format, "--force",
				Golden.example(example).toString());
		Golden.check(example + extension, run.out());
		assertEquals(example.startsWith("yindu") ? 1 : 0, run.exit(), run.err());
	}
}
