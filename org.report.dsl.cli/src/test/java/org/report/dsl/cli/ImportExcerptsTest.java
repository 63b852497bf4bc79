package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code reportdsl import} of the excerpts (corpus/excerpts: the first ~2000 bytes of a page):
 * what they contain is imported, where the text stops is an error at that place, the output marks the
 * rest unresolved so validate rejects it.
 */
class ImportExcerptsTest {

	private static final Path EXCERPTS = Path.of(System.getProperty("reportdsl.root", ".."))
			.resolve("corpus/excerpts");

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiterString = "#", value = {
			"101_changchun-tuiyijunrenshiwuju_2023#26:8#三、收到和处理政府信息公开申请情况#| || | 三、本年度#三",
			"102_xuwen-sifaju_2023#33:10#三、收到和处理政府信息公开申请情况#| | | 6.属于四#三",
			"103_zhanjiang-difangzhiban_2023#26:16#三、收到和处理政府信息公开申请情况#部分公开(区分处理的,只#三",
			"104_qu-tongjiju-61.150.65.235_2023#90:7#三、收到和处理政府信息公开申请情况#| | | (二)部分公#三",
			"105_shijiazhuang-changan-tongjiju_2023#75:12#二、主动公开政府信息情况#本年收费金额(单位:万#二",
			"107_mirror-owenbabies_unknown#158:6#三、收到和处理政府信息公开申请情况#| 0 | (四)无法#三" })
	void importsWhatIsThereAndSaysWhereTheTextStops(String name, String at, String section, String tail, String table)
			throws IOException {
		Path input = EXCERPTS.resolve(name + ".txt");
		CliRun run = CliRun.of("import", "-o", dir.toString(), input.toString());
		assertTrue(run.clean(), run.err());
		assertEquals(1, run.exit(), run.err());
		String after = table.equals("二") ? "「三、收到和处理政府信息公开申请情况」" : "";
		String expected = input + ":" + at + ": error: 原文在第 " + at.replace(":", " 行第 ") + " 列中断（「" + section
				+ "」中，末尾为「" + tail + "」）；此后缺少：表" + table + "其余部分、" + after
				+ "「四、政府信息公开行政复议、行政诉讼情况」「五、存在的主要问题及改进情况」「六、其他需要报告的事项」 [TRUNCATED]";
		assertTrue(run.err().lines().anyMatch(expected::equals), expected + "\n" + run.err());
		String report = Files.readString(dir.resolve(name + ".report"), StandardCharsets.UTF_8);
		assertTrue(report.contains("\n  ?\n") || report.contains("\n?\n"), report);
		CliRun validate = CliRun.of("validate", dir.resolve(name + ".report").toString());
		assertEquals(1, validate.exit());
		assertTrue(validate.out().contains(": error: 未解决：导入时无法从原文恢复的内容标为「?」"), validate.out());
	}
}
