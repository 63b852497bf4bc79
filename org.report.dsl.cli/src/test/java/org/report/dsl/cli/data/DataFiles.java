package org.report.dsl.cli.data;

import java.nio.file.Path;

import org.report.dsl.cli.CommittedFile;

/** The inputs of the data tests: the examples and the two synthetic reports of one organ (2020 in the 2019 format, 2021). */
final class DataFiles {

	static final Path EXAMPLES = CommittedFile.ROOT.resolve("examples");
	static final String[] EXAMPLE_NAMES = { "huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022",
			"sanmenxia-keji-2025", "yindu-keji-2025" };
	static final Path SYNTHETIC = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/data");
	/** 试验区数据局 2020, 2019 format: （六）其他处理 as one row, 本年增/减 -2, 采购总金额 35.5. */
	static final Path Y2020 = SYNTHETIC.resolve("shiyan-2020.report");
	/** 试验区数据局 2021: 规章 written 「/」, fee 1.25 万元, （六）1 and （六）3. */
	static final Path Y2021 = SYNTHETIC.resolve("shiyan-2021.report");

	private DataFiles() {
	}

	static Path example(String name) {
		return EXAMPLES.resolve(name + ".report");
	}
}
