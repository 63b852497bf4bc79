package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reportdsl import} on what is no published report, or not all of one: a clear finding, the
 * right exit code, no stack trace, and no output file where nothing could be imported.
 */
class ImportBadInputTest {

	@TempDir
	Path dir;

	private Path out() {
		return dir.resolve("out");
	}

	private CliRun importBytes(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		CliRun run = CliRun.of("import", "-o", out().toString(), file.toString());
		assertTrue(run.clean(), run.err());
		assertEquals("", run.out());
		return run;
	}

	private static String clean() throws IOException {
		return Files.readString(Path.of("src/test/resources/import/published.txt"), StandardCharsets.UTF_8);
	}

	private void noOutput() throws IOException {
		assertFalse(Files.exists(out()) && Files.list(out()).findAny().isPresent(), "an output file was written");
	}

	@Test
	void emptyFile() throws IOException {
		CliRun run = importBytes("empty.txt", new byte[0]);
		assertEquals(dir.resolve("empty.txt") + ":1:1: error: 文件为空（或只有空白）：没有可导入的报告 [NOT_REPORT]\n"
				+ "1 个文件，导入 0 份，1 个错误，0 个警告\n", run.err());
		assertEquals(2, run.exit());
		noOutput();
	}

	@Test
	void notAReport() throws IOException {
		CliRun run = importBytes("recipe.txt", "红烧肉\n五花肉一斤，冰糖少许。\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(dir.resolve("recipe.txt")
				+ ":1:1: error: 找不到「一、总体情况」「二、主动公开政府信息情况」等六个部分的任何一个标题：这不是政府信息公开工作年度报告的文本 [NOT_REPORT]\n"
				+ "1 个文件，导入 0 份，1 个错误，0 个警告\n", run.err());
		assertEquals(2, run.exit());
		noOutput();
	}

	@Test
	void reportAlreadyInTheLanguageIsNotImported() throws IOException {
		CliRun run = importBytes("a.report", Reports.CLEAN.getBytes(StandardCharsets.UTF_8));
		assertEquals(dir.resolve("a.report") + ":1:1: error: 这已是 .report 语言的文件（以「年报」开头），无需导入：请直接用 reportdsl validate 检查 [NOT_REPORT]\n"
				+ "1 个文件，导入 0 份，1 个错误，0 个警告\n", run.err());
		assertEquals(2, run.exit());
		noOutput();
		CliRun commented = importBytes("b.txt", ("\uFEFF// 注释\n\n/* 说明\n多行 */\n" + Reports.CLEAN).getBytes(StandardCharsets.UTF_8));
		assertTrue(commented.err().startsWith(dir.resolve("b.txt") + ":5:1: error: 这已是 .report 语言的文件"), commented.err());
		assertEquals(2, commented.exit());
		noOutput();
	}

	@Test
	void binaryData() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		CliRun run = importBytes("garbage.txt", bytes);
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith(dir.resolve("garbage.txt") + ":1:1: error: 这是二进制文件，不是报告的文本 [ENCODING]\n"),
				run.err());
		noOutput();
	}

	@Test
	void gbkFileIsReadWithANote() throws IOException {
		CliRun run = importBytes("gbk.txt", clean().getBytes(Charset.forName("GBK")));
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().startsWith(dir.resolve("gbk.txt")
				+ ":1:1: warning: 文件不是 UTF-8，已按 GB18030（GBK） 读取；生成的 .report 为 UTF-8 [ENCODING]\n"), run.err());
		String report = Files.readString(out().resolve("gbk.report"), StandardCharsets.UTF_8);
		String expected = Files.readString(Path.of("src/test/resources/import/published.report"), StandardCharsets.UTF_8);
		assertEquals(expected.substring(expected.indexOf("年报 ")), report.substring(report.indexOf("年报 ")));
	}

	@Test
	void sectionMissing() throws IOException {
		String text = clean();
		text = text.substring(0, text.indexOf("五、存在")) + text.substring(text.indexOf("六、其他"));
		CliRun run = importBytes("no5.txt", text.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains(": error: 原文缺少「五、存在的主要问题及改进情况」"), run.err());
		String report = Files.readString(out().resolve("no5.report"), StandardCharsets.UTF_8);
		assertTrue(report.contains("\n// 原文缺少「五、存在的主要问题及改进情况」\n?\n"), report);
		CliRun validate = CliRun.of("validate", out().resolve("no5.report").toString());
		assertEquals(1, validate.exit());
	}

	@Test
	void oneBadFileDoesNotStopTheOthers() throws IOException {
		Path bad = TestFiles.write(dir, "empty.txt", "");
		Path good = TestFiles.write(dir, "good.txt", clean());
		CliRun run = CliRun.of("import", "-o", out().toString(), bad.toString(), good.toString());
		assertEquals(2, run.exit());
		assertTrue(Files.exists(out().resolve("good.report")));
		assertFalse(Files.exists(out().resolve("empty.report")));
		assertTrue(run.err().endsWith("2 个文件，导入 1 份，1 个错误，4 个警告\n"), run.err());
	}

	@Test
	void usage() throws IOException {
		Path a = TestFiles.write(dir, "a.txt", clean());
		Path b = TestFiles.write(dir, "b.txt", clean());
		CliRun two = CliRun.of("import", a.toString(), b.toString());
		assertEquals("reportdsl import: 多个文件需要用 -o 指定输出目录\n", two.err());
		assertEquals(2, two.exit());
		CliRun missing = CliRun.of("import", dir.resolve("nope.txt").toString());
		assertEquals(dir.resolve("nope.txt") + ":1:1: error: 文件不存在 [IO]\n1 个文件，导入 0 份，1 个错误，0 个警告\n",
				missing.err());
		assertEquals(2, missing.exit());
		CliRun badPrevious = CliRun.of("import", "--previous", dir.resolve("none.report").toString(), a.toString());
		assertEquals(2, badPrevious.exit());
		assertTrue(badPrevious.err().endsWith("reportdsl import: 无法读取 --previous 指定的上年报告 " + dir.resolve("none.report") + "\n"),
				badPrevious.err());
		assertEquals("", badPrevious.out());
	}
}
