package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(dir, name, text);
	}

	@Test
	void cleanReportExitsZeroWithSummary() throws IOException {
		Path file = write("a.report", Reports.CLEAN);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals("1 个文件，0 个错误，0 个警告\n", run.out());
		assertEquals(0, run.exit());
	}

	@Test
	void errorIsOneLinePerFindingAndExitsOne() throws IOException {
		Path file = write("a.report", Reports.WRONG_TOTAL);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(file + ":8:10: error: 一：总计 3，而自然人 2（其余为 0） = 2，相差 1 [R3]\n"
				+ file + ":8:10: error: 总计：一 3 + 二 0 = 3，而（七）总计 2 + 四 0 = 2，相差 1 [R1]\n"
				+ "1 个文件，2 个错误，0 个警告\n", run.out());
		assertEquals(1, run.exit());
	}

	@Test
	void warningsPassUnlessStrict() throws IOException {
		Path file = write("a.report", Reports.WARNING_ONLY);
		CliRun lenient = CliRun.of("validate", file.toString());
		assertEquals(file + ":5:20: warning: 「本年度止件数」不是正式用语，应为「本年废止件数」 [S2]\n"
				+ "1 个文件，0 个错误，1 个警告\n", lenient.out());
		assertEquals(0, lenient.exit());
		assertEquals(1, CliRun.of("validate", "--strict", file.toString()).exit());
	}

	@Test
	void jsonOutputHasCountsAndFindings() throws IOException {
		Path file = write("a.report", Reports.WRONG_TOTAL);
		write("b.report", Reports.CLEAN);
		CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(2, json.get("files").asInt());
		assertEquals(2, json.get("errors").asInt());
		assertEquals(0, json.get("warnings").asInt());
		JsonNode f = json.get("findings").get(0);
		assertEquals("{\"file\":\"" + file + "\",\"line\":8,\"column\":10,\"severity\":\"error\",\"code\":\"R3\","
				+ "\"message\":\"一：总计 3，而自然人 2（其余为 0） = 2，相差 1\"}", f.toString());
		assertEquals(2, json.get("findings").size());
		assertEquals(1, run.exit());
	}

	@Test
	void directoriesAreSearchedRecursivelyForReportFilesOnly() throws IOException {
		write("x/y/deep.report", Reports.WRONG_TOTAL);
		write("x/notes.txt", "not a report");
		CliRun run = CliRun.of("validate", dir.toString());
		assertTrue(run.out().startsWith(dir.resolve("x/y/deep.report") + ":8:10: error:"), run.out());
		assertTrue(run.out().endsWith("1 个文件，2 个错误，0 个警告\n"), run.out());
	}

	@Test
	void usageProblemsExitTwoWithoutStackTrace() {
		CliRun none = CliRun.of();
		assertEquals(2, none.exit());
		assertTrue(none.err().contains("缺少子命令"), none.err());
		CliRun noPath = CliRun.of("validate");
		assertEquals(2, noPath.exit());
		CliRun badOption = CliRun.of("validate", "--format", "xml", "a.report");
		assertEquals(2, badOption.exit());
		assertTrue(badOption.err().startsWith("reportdsl: "), badOption.err());
		assertTrue(none.clean() && noPath.clean() && badOption.clean());
	}

	@Test
	void missingFileIsAnIoFindingAndExitsTwo() {
		Path missing = dir.resolve("nope.report");
		CliRun run = CliRun.of("validate", missing.toString());
		assertEquals(missing + ":1:1: error: 文件不存在 [IO]\n0 个文件，1 个错误，0 个警告\n", run.out());
		assertEquals(2, run.exit());
	}
}
