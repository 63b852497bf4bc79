package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs of many reports keep the folder structure of their sources (two 2024.report of different
 * organs do not overwrite each other), and bad output places are refused with a clear message and
 * nothing half-written.
 */
class BatchNamingTest {

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
	void twoOrganFoldersNamedAsFoldersKeepTheirNames() throws IOException {
		write("reports/甲局/2024.report", Reports.CLEAN);
		write("reports/乙局/2024.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "text,docx", "-o", out.toString(),
				dir.resolve("reports/甲局").toString(), dir.resolve("reports/乙局").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("乙局/2024.docx\n乙局/2024.txt\n甲局/2024.docx\n甲局/2024.txt", list(out));
	}

	@Test
	void oneFolderOfOrgansKeepsItsSubFolders() throws IOException {
		write("reports/甲局/2024.report", Reports.CLEAN);
		write("reports/乙局/sub/2024.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "-o", out.toString(), dir.resolve("reports").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("乙局/sub/2024.txt\n甲局/2024.txt", list(out));
	}

	@Test
	void nameWindowsForbidsIsRefusedAndNothingWritten() throws IOException {
		Path bad = write("in/a?b.report", Reports.CLEAN);
		Path good = write("in/good.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "--format", "docx", "-o", out.toString(), bad.toString(), good.toString());
		assertEquals(2, run.exit());
		assertEquals(bad + ":1:1: error: 未生成 " + out.resolve("a?b.docx") + "：文件名「a?b.docx」含 Windows 不允许的字符「?」；请改名 [IO]\n"
				+ "2 个文件，生成 1 份文档，1 个错误，0 个警告\n", run.err());
		assertEquals("good.docx", list(out));
		assertTrue(run.clean(), run.err());
	}

	@Test
	void reservedDeviceNameIsRefused() throws IOException {
		Path bad = write("in/con.report", Reports.CLEAN);
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("render", "-o", out.toString(), bad.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("文件名「con.txt」是 Windows 的保留设备名（CON）"), run.err());
		assertEquals(false, Files.exists(out));
	}

	@Test
	void outputFolderThatIsAFileForAWordDocument() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path blocker = write("out", "a file where the output folder should be");
		CliRun run = CliRun.of("render", "--format", "docx", "-o", blocker.toString(), a.toString());
		assertEquals(2, run.exit());
		assertEquals(a + ":1:1: error: 无法写入 " + blocker.resolve("a.docx") + "：" + blocker + " 不是目录 [IO]\n"
				+ "1 个文件，生成 0 份文档，1 个错误，0 个警告\n", run.err());
		assertEquals("a file where the output folder should be", Files.readString(blocker));
	}

	@Test
	void readOnlyFolderLeavesNoTemporaryFile() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assumeFalse(Files.isWritable(out), "running as root: permissions do not apply (IoMessagesTest covers the message)");
			CliRun run = CliRun.of("render", "--format", "docx", "-o", out.toString(), a.toString());
			assertEquals(2, run.exit());
			assertTrue(run.err().startsWith(a + ":1:1: error: 无法写入 " + out.resolve("a.docx") + "：没有写入权限"), run.err());
			assertEquals("", list(out));
		} finally {
			Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void wordNeedsAnOutputFolder() throws IOException {
		Path a = write("a.report", Reports.CLEAN);
		CliRun run = CliRun.of("render", "--format", "docx", a.toString());
		assertEquals(2, run.exit());
		assertEquals("reportdsl render: Word 文档（docx）需要用 -o 指定输出目录\n", run.err());
		assertEquals("", run.out());
	}
}
