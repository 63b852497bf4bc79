package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that yield no report: an error (exit 2) naming every file skipped and why, never 「0 个文件」 with exit 0. */
class SourcePathsTest {

	@TempDir
	Path dir;

	@Test
	void emptyFolderIsAnError() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		CliRun run = CliRun.of("validate", empty.toString());
		assertEquals(empty + ":1:1: error: 目录中没有 .report 文件 [IO]\n0 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
		CliRun render = CliRun.of("render", "-o", dir.resolve("out").toString(), empty.toString());
		assertEquals(empty + ":1:1: error: 目录中没有 .report 文件 [IO]\n0 个文件，生成 0 份文档，1 个错误，0 个警告\n", render.err());
		assertEquals(2, render.exit());
	}

	@Test
	void danglingAndLoopingLinksAreNamedWithWhy() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("links"));
		Files.createSymbolicLink(folder.resolve("a.report"), folder.resolve("missing.report"));
		Files.createSymbolicLink(folder.resolve("b.report"), folder.resolve("c.report"));
		Files.createSymbolicLink(folder.resolve("c.report"), folder.resolve("b.report"));
		CliRun run = CliRun.of("validate", folder.toString());
		assertEquals(folder.resolve("a.report") + ":1:1: error: 已跳过：符号链接指向的文件不存在（悬空链接） [IO]\n"
				+ folder.resolve("b.report") + ":1:1: error: 已跳过：符号链接循环（链接最终指回自身） [IO]\n"
				+ folder.resolve("c.report") + ":1:1: error: 已跳过：符号链接循环（链接最终指回自身） [IO]\n"
				+ "0 个文件，3 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
		CliRun render = CliRun.of("render", "-o", dir.resolve("out").toString(), folder.toString());
		assertTrue(render.err().endsWith("0 个文件，生成 0 份文档，3 个错误，0 个警告\n"), render.err());
		assertEquals(2, render.exit());
	}

	@Test
	void linkLoopNamedItselfIsNotMissing() throws IOException {
		Path loop = dir.resolve("loop.report");
		Files.createSymbolicLink(loop, loop);
		CliRun run = CliRun.of("validate", loop.toString());
		assertEquals(loop + ":1:1: error: 符号链接循环（链接最终指回自身） [IO]\n0 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	void goodFileBesideABrokenLinkIsStillChecked() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("mixed"));
		TestFiles.write(folder, "good.report", Reports.CLEAN);
		Files.createSymbolicLink(folder.resolve("bad.report"), folder.resolve("gone.report"));
		CliRun run = CliRun.of("validate", folder.toString());
		assertEquals(folder.resolve("bad.report") + ":1:1: error: 已跳过：符号链接指向的文件不存在（悬空链接） [IO]\n"
				+ "1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	void unreadableFileSaysPermissionWithoutJavaNames() throws IOException {
		Path file = TestFiles.write(dir, "secret.report", Reports.CLEAN);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "running as root: permissions do not apply (IoMessagesTest covers the message)");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(file + ":1:1: error: 无法读取文件：没有读取权限 [IO]\n1 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
		assertTrue(run.clean(), run.out());
	}
}
