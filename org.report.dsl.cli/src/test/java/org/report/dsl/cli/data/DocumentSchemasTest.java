package org.report.dsl.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.report.dsl.cli.CliRunner;
import org.report.dsl.cli.CommittedFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON documents of compare and aggregate follow their shipped JSON Schemas (docs/schema, draft
 * 2020-12, networknt), as render --format json follows report.schema.json: the golden files, fresh runs
 * (a 2021 pair, a 2019→2021 pair, examples grouped by year, a folder of bad input), and the schemas
 * refuse what the tool never writes.
 */
class DocumentSchemasTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path GOLDEN = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/golden");
	private static final Path PAIRS = CommittedFile.ROOT.resolve("org.report.dsl.cli/src/test/resources/compare");
	private static final Path PINGTAN_2022 = DataFiles.example("pingtan-2022");

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "compare.schema.json", "summary.schema.json", "findings.schema.json" })
	void theJarShipsTheSchemasOfTheRepository(String name) throws IOException {
		JsonSchemaFile schema = name.startsWith("compare") ? JsonSchemaFile.COMPARE
				: name.startsWith("summary") ? JsonSchemaFile.SUMMARY : JsonSchemaFile.FINDINGS;
		assertEquals(name, schema.name);
		assertEquals(Files.readString(CommittedFile.ROOT.resolve("docs/schema/" + name), StandardCharsets.UTF_8),
				schema.jarText());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "pingtan-2022.compare.json", "pingtan-2021.compare.json" })
	void compareGoldenFilesFollowTheSchema(String name) throws IOException {
		String json = Files.readString(GOLDEN.resolve("compare").resolve(name), StandardCharsets.UTF_8);
		assertEquals("", JsonSchemaFile.COMPARE.problemsOf(json));
		assertEquals("comparison 1.0", kindAndVersion(json));
	}

	@Test
	void summaryGoldenFileFollowsTheSchema() throws IOException {
		String json = Files.readString(GOLDEN.resolve("aggregate/summary.json"), StandardCharsets.UTF_8);
		assertEquals("", JsonSchemaFile.SUMMARY.problemsOf(json));
		assertEquals("summary 1.0", kindAndVersion(json));
	}

	@Test
	void aFreshComparisonFollowsTheSchema() throws IOException {
		// 2019 → 2021 format: cells only one year's format has, with null on the other side
		CliRunner.Result across = CliRunner.run("compare", "--format", "json", PAIRS.resolve("pingtan-2020.report").toString(),
				PAIRS.resolve("pingtan-2021.report").toString());
		assertEquals(0, across.exit(), across.err());
		assertEquals("", JsonSchemaFile.COMPARE.problemsOf(across.out()));
		assertTrue(across.out().contains("\"presence\" : \"PREVIOUS_ONLY\""), across.out());
		// two organs' years that do not carry over: a failed X1, still a valid document
		CliRunner.Result mismatch = CliRunner.run("compare", "--format", "json", PAIRS.resolve("pingtan-2020.report").toString(),
				PINGTAN_2022.toString());
		assertEquals(1, mismatch.exit(), mismatch.err());
		assertEquals("", JsonSchemaFile.COMPARE.problemsOf(mismatch.out()));
		assertEquals(false, JSON.readTree(mismatch.out()).get("checksHold").asBoolean());
	}

	@Test
	void aFreshSummaryOfBadInputFollowsTheSchema() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in.resolve("b"));
		Files.copy(PINGTAN_2022, in.resolve("pingtan-2022.report"));
		Files.copy(PINGTAN_2022, in.resolve("b/pingtan-copy.report"));
		Files.copy(PAIRS.resolve("pingtan-2020.report"), in.resolve("b/pingtan-2020.report"));
		Files.copy(DataFiles.example("yindu-keji-2025"), in.resolve("b/yindu-keji-2025.report"));
		Files.write(in.resolve("b/gbk.report"), "年报 测试局 2025 格式 2021\n".getBytes(Charset.forName("GBK")));
		Files.writeString(in.resolve("b/notes.report"), "这不是报告\n");
		Path out = dir.resolve("out");
		CliRunner.Result run = CliRunner.run("aggregate", "--group-by", "folder", "-o", out.toString(), in.toString());
		assertEquals(1, run.exit(), run.err());
		String json = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
		assertEquals("", JsonSchemaFile.SUMMARY.problemsOf(json));
		// every status, a duplicate and two formats are in this one document (sources in path order: b/gbk,
		// b/notes, b/pingtan-2020, b/pingtan-copy, b/yindu-keji-2025, pingtan-2022)
		assertEquals("[2019,2021] 1 [\"UNREADABLE\",\"UNREADABLE\",\"WARNINGS\",\"WARNINGS\",\"ERRORS\",\"WARNINGS\"]",
				JSON.readTree(json).get("formats").toString() + " " + JSON.readTree(json).get("duplicates").size() + " "
						+ JSON.readTree(json).findValuesAsText("status").stream().map(s -> "\"" + s + "\"").toList()
								.toString().replace(", ", ","));
	}

	@Test
	void aFreshSummaryByYearFollowsTheSchema() throws IOException {
		Path out = dir.resolve("out");
		CliRunner.Result run = CliRunner.run("aggregate", "--group-by", "year", "-o", out.toString(),
				DataFiles.EXAMPLES.toString(), DataFiles.SYNTHETIC.toString());
		assertEquals(1, run.exit(), run.err());
		String json = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
		assertEquals("", JsonSchemaFile.SUMMARY.problemsOf(json));
		assertEquals("year", JSON.readTree(json).get("groupBy").asText());
	}

	@Test
	void validatesFindingsFollowTheSchema() throws IOException {
		// the examples (an S1 warning, an S6 error), a report with rule failures and a file that is not UTF-8
		Files.writeString(dir.resolve("wrong.report"), "年报 测试局 2025 格式 2021\n三、收到和处理政府信息公开申请情况\n{ 新收 自然人 2 总计 3 }\n");
		Files.write(dir.resolve("gbk.report"), "年报 测试局 2025 格式 2021\n".getBytes(Charset.forName("GBK")));
		for (Path path : new Path[] { DataFiles.EXAMPLES, dir }) {
			CliRunner.Result run = CliRunner.run("validate", "--format", "json", path.toString());
			assertEquals(path == dir ? 2 : 1, run.exit(), run.err());
			assertEquals("", JsonSchemaFile.FINDINGS.problemsOf(run.out()));
			assertTrue(JSON.readTree(run.out()).get("findings").size() >= 2, run.out());
		}
		ObjectNode wrong = (ObjectNode) JSON.readTree(CliRunner.run("validate", "--format", "json",
				DataFiles.EXAMPLES.toString()).out());
		((ObjectNode) wrong.get("findings").get(0)).put("severity", "fatal");
		assertTrue(JsonSchemaFile.FINDINGS.problemsOf(wrong.toString()).contains("severity"),
				JsonSchemaFile.FINDINGS.problemsOf(wrong.toString()));
	}

	@Test
	void theSchemasRefuseWhatTheToolNeverWrites() throws IOException {
		String comparison = Files.readString(GOLDEN.resolve("compare/pingtan-2021.compare.json"), StandardCharsets.UTF_8);
		ObjectNode wrong = (ObjectNode) JSON.readTree(comparison);
		// a cell last year's format has not, with a value for last year
		ObjectNode currentOnly = (ObjectNode) wrong.get("cells").findParents("presence").stream()
				.filter(c -> c.get("presence").asText().equals("CURRENT_ONLY")).findFirst().orElseThrow();
		currentOnly.put("previous", 0);
		assertTrue(JsonSchemaFile.COMPARE.problemsOf(wrong.toString()).contains("previous"),
				JsonSchemaFile.COMPARE.problemsOf(wrong.toString()));
		ObjectNode noVersion = (ObjectNode) JSON.readTree(comparison);
		noVersion.remove("schemaVersion");
		assertTrue(JsonSchemaFile.COMPARE.problemsOf(noVersion.toString()).contains("schemaVersion"));

		String summary = Files.readString(GOLDEN.resolve("aggregate/summary.json"), StandardCharsets.UTF_8);
		ObjectNode badStatus = (ObjectNode) JSON.readTree(summary);
		((ObjectNode) badStatus.get("sources").get(0)).put("status", "OK");
		assertTrue(JsonSchemaFile.SUMMARY.problemsOf(badStatus.toString()).contains("/sources/0/status"),
				JsonSchemaFile.SUMMARY.problemsOf(badStatus.toString()));
		ObjectNode otherKind = (ObjectNode) JSON.readTree(summary);
		otherKind.put("kind", "comparison");
		assertTrue(JsonSchemaFile.SUMMARY.problemsOf(otherKind.toString()).contains("kind"));
	}

	private static String kindAndVersion(String json) throws IOException {
		return JSON.readTree(json).get("kind").asText() + " " + JSON.readTree(json).get("schemaVersion").asText();
	}
}
