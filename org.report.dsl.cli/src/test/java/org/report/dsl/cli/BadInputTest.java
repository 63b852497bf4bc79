package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files: a clear finding with its location, the right exit code, never a stack trace. */
class BadInputTest {

	@TempDir
	Path dir;

	private CliRun validate(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		CliRun run = CliRun.of("validate", file.toString());
		assertTrue(run.clean(), run.out() + run.err());
		return run;
	}

	@Test
	void gbkFileIsNotUtf8() throws IOException {
		byte[] gbk = Reports.CLEAN.getBytes(Charset.forName("GBK"));
		CliRun run = validate("gbk.report", gbk);
		assertEquals(dir.resolve("gbk.report") + ":1:1: error: 文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8 [ENCODING]\n"
				+ "1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	void binaryGarbageIsRejected() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		CliRun run = validate("garbage.report", bytes);
		assertEquals(dir.resolve("garbage.report") + ":1:1: error: 这是二进制文件，不是 .report 文本 [ENCODING]\n"
				+ "1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
		CliRun nul = validate("nul.report", "年报\0\0\0".getBytes(StandardCharsets.UTF_8));
		assertTrue(nul.out().contains(":1:1: error: 这是二进制文件，不是 .report 文本 [ENCODING]"), nul.out());
		assertEquals(2, nul.exit());
	}

	@Test
	void utf16IsNamedNotCalledGbk() throws IOException {
		CliRun run = validate("utf16.report", Reports.CLEAN.getBytes(StandardCharsets.UTF_16));
		assertEquals(dir.resolve("utf16.report") + ":1:1: error: 文件是 UTF-16 编码：请另存为 UTF-8 [ENCODING]\n"
				+ "1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	void emptyFileSaysSo() throws IOException {
		CliRun run = validate("empty.report", new byte[0]);
		assertEquals(dir.resolve("empty.report") + ":1:1: error: 文件为空：报告应以「年报 机关名称 年份 格式 2021」开头 [SYNTAX]\n"
				+ "1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(1, run.exit());
	}

	@Test
	void byteOrderMarkIsAccepted() throws IOException {
		byte[] text = Reports.CLEAN.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		CliRun run = validate("bom.report", withBom);
		assertEquals("1 个文件，0 个错误，0 个警告\n", run.out());
		assertEquals(0, run.exit());
	}

	@Test
	void crlfLineEndsGiveTheSameFindingsAsLf() throws IOException {
		CliRun lf = validate("lf.report", Reports.WRONG_TOTAL.getBytes(StandardCharsets.UTF_8));
		CliRun crlf = validate("crlf.report", Reports.WRONG_TOTAL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(lf.out().replace("lf.report", "X"), crlf.out().replace("crlf.report", "X"));
		assertEquals(1, crlf.exit());
	}

	@Test
	void crOnlyLineEndsGiveTheSameFindingsAsLf() throws IOException {
		CliRun cr = validate("cr.report", Reports.WRONG_TOTAL.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
		assertEquals(dir.resolve("cr.report") + ":8:10: error: 一：总计 3，而自然人 2（其余为 0） = 2，相差 1 [R3]\n"
				+ dir.resolve("cr.report") + ":8:10: error: 总计：一 3 + 二 0 = 3，而（七）总计 2 + 四 0 = 2，相差 1 [R1]\n"
				+ "1 个文件，2 个错误，0 个警告\n", cr.out());
		assertEquals(1, cr.exit());
		CliRun clean = validate("clean-cr.report", Reports.CLEAN.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
		assertEquals("1 个文件，0 个错误，0 个警告\n", clean.out());
		assertEquals(0, clean.exit());
	}

	@Test
	void syntaxErrorIsReportedInChineseWithLocation() throws IOException {
		CliRun run = validate("syntax.report", Reports.CLEAN.replace("予以公开 自然人 2", "予以公开 自然人").getBytes(StandardCharsets.UTF_8));
		assertTrue(run.out().contains(dir.resolve("syntax.report")
				+ ":9:6: error: 语法错误：行「予以公开」后应写「列名 数值」（如 自然人 1）或「：数值…」，而不是「自然人」 [SYNTAX]\n"), run.out());
		assertTrue(run.out().contains("[SYNTAX]"), run.out());
		assertEquals(1, run.exit());
	}
}
