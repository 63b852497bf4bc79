package org.report.dsl.cli.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.report.dsl.cli.CommittedFile;

/**
 * Golden files under src/test/resources/golden: compared with what the tool produces now, or
 * rewritten when the build runs with -Dreportdsl.updateGolden=true.
 */
final class Golden {

	static final Path ROOT = CommittedFile.ROOT;
	static final Path DIR = ROOT.resolve("org.report.dsl.cli/src/test/resources/golden");
	static final String[] EXAMPLES = { "huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022",
			"sanmenxia-keji-2025", "yindu-keji-2025" };

	private Golden() {
	}

	static Path example(String name) {
		return ROOT.resolve("examples").resolve(name + ".report");
	}

	static void check(String fileName, String actual) throws IOException {
		CommittedFile.assertCurrent(DIR.resolve(fileName), actual);
	}

	static String read(String fileName) throws IOException {
		return Files.readString(DIR.resolve(fileName), StandardCharsets.UTF_8);
	}
}
