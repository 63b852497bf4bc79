package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(dir, name, text);
	}

	private static String list(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return String.join("\n", files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted()
					.toList());
		}
	}

	@Test
	void singleFileGoesToStandardOutput() throws IOException {
		CliRun run = CliRun.of("render", write("a.report", Reports.CLEAN).toString());
		assertTrue(run.out().startsWith("测试局2025年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度共收到申请 2 件。\n"), run.out());
		assertEquals("1 个文件，生成 1 份文档，0 个错误，0 个警告\n", run.err());
		assertEquals(0, run.exit());
	}

	@Test
	void narrativeLinesAreJoinedUnlessKept() throws IOException {
		Path report = write("a.report", Reports.CLEAN.replace("本年度共收到申请 {三.新收.总计} 件。", "本年度共收到\n申请 {三.新收.总计} 件。"));
		CliRun joined = CliRun.of("render", report.toString());
		assertTrue(joined.out().contains("\n本年度共收到申请 2 件。\n"), joined.out());
		CliRun kept = CliRun.of("render", "--keep-line-breaks", report.toString());
		assertTrue(kept.out().contains("\n本年度共收到\n申请 2 件。\n"), kept.out());
		assertEquals(0, kept.exit());
	}

	@Test
	void outputDirectoryGetsOneFilePerReportAndFormat() throws IOException {
		write("in/a.report", Reports.CLEAN);
		write("in/sub/b.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		assertEquals(0, CliRun.of("render", "-o", out.toString(), dir.resolve("in").toString()).exit());
		assertEquals(0, CliRun.of("render", "--format", "json", "-o", out.toString(), dir.resolve("in").toString()).exit());
		assertEquals("a.json\na.txt\nsub/b.json\nsub/b.txt", list(out));
	}

	@Test
	void reportWithErrorsIsNotRenderedUnlessForced() throws IOException {
		Path bad = write("bad.report", Reports.WRONG_TOTAL);
		Path good = write("good.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "-o", out.toString(), bad.toString(), good.toString());
		assertEquals(1, run.exit());
		assertEquals(bad + ":8:10: error: 一：总计 3，而自然人 2（其余为 0） = 2，相差 1 [R3]\n"
				+ bad + ":8:10: error: 总计：一 3 + 二 0 = 3，而（七）总计 2 + 四 0 = 2，相差 1 [R1]\n"
				+ "2 个文件，生成 1 份文档，2 个错误，0 个警告\n", run.err());
		assertEquals("good.txt", list(out));
		CliRun forced = CliRun.of("render", "--force", "-o", out.toString(), bad.toString());
		assertEquals(1, forced.exit());
		assertEquals("bad.txt\ngood.txt", list(out));
	}

	@Test
	void severalReportsWithoutOutputDirectoryIsAUsageError() throws IOException {
		CliRun run = CliRun.of("render", write("a.report", Reports.CLEAN).toString(), write("b.report", Reports.CLEAN).toString());
		assertEquals(2, run.exit());
		assertEquals("reportdsl render: 多个报告需要用 -o 指定输出目录\n", run.err());
		assertEquals("", run.out());
	}

	@Test
	void unwritableOutputIsAnIoErrorAndOtherReportsStillRender() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path blocker = write("out", "a file where the output directory should be");
		CliRun run = CliRun.of("render", "-o", blocker.toString(), a.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith(a + ":1:1: error: 无法写入 "), run.err());
		assertTrue(run.clean(), run.err());
	}

	@Test
	void unwritableOutputNamesTheFileAskedForNotATemporaryFile() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path blocker = write("blocker", "a file where a folder should be");
		CliRun run = CliRun.of("render", "-o", blocker.resolve("sub").toString(), a.toString());
		assertEquals(a + ":1:1: error: 无法写入 " + blocker.resolve("sub").resolve("a.txt") + "：路径中有一段不是目录 [IO]\n"
				+ "1 个文件，生成 0 份文档，1 个错误，0 个警告\n", run.err());
		Path out = dir.resolve("out");
		write("out/a.txt/keep", "a folder where the output file should be");
		CliRun taken = CliRun.of("render", "-o", out.toString(), a.toString());
		assertEquals(a + ":1:1: error: 无法写入 " + out.resolve("a.txt") + "：这是目录，不是文件 [IO]\n"
				+ "1 个文件，生成 0 份文档，1 个错误，0 个警告\n", taken.err());
		assertEquals(2, taken.exit());
	}

	@Test
	void sameNameInTwoFoldersKeepsBothFolders() throws IOException {
		Path first = write("x/a.report", Reports.CLEAN);
		Path second = write("y/a.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "-o", out.toString(), first.toString(), second.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("x/a.txt\ny/a.txt", list(out));
	}

	@Test
	void sameOutputNameTwiceIsRefusedForTheSecond() throws IOException {
		Path first = write("x/a.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "-o", out.toString(), first.toString(), first.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains(first + ":1:1: error: 输出文件 "), run.err());
		assertEquals("a.txt", list(out));
	}

	@Test
	void rewritingReplacesWholeFilesAndLeavesNoTemporaryFiles() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		Files.createDirectories(out);
		Files.writeString(out.resolve("a.txt"), "old content that is much longer than the new one ".repeat(500));
		assertEquals(0, CliRun.of("render", "-o", out.toString(), a.toString()).exit());
		assertEquals("a.txt", list(out));
		assertFalse(Files.readString(out.resolve("a.txt")).contains("old content"));
	}

	@Test
	void unreadableInputKeepsExistingOutput() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		assertEquals(0, CliRun.of("render", "-o", out.toString(), a.toString()).exit());
		String before = Files.readString(out.resolve("a.txt"));
		Files.write(a, new byte[] { (byte) 0xC4, (byte) 0xEA, 0x0A });
		CliRun run = CliRun.of("render", "-o", out.toString(), a.toString());
		assertEquals(2, run.exit());
		assertEquals(before, Files.readString(out.resolve("a.txt")));
	}
}
