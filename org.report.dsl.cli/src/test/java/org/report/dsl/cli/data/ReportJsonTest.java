package org.report.dsl.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.report.dsl.cli.CliRunner;
import org.report.dsl.cli.CommittedFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * render --format json: every example's data (and a --force render of one with an error) follows the
 * shipped JSON Schema; labelled cells tell 「/」 from 0 and written from computed; ids align 2019 and
 * 2021 reports exactly where the meaning is the same.
 */
class ReportJsonTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	static String[] examples() {
		return DataFiles.EXAMPLE_NAMES;
	}

	private static String render(java.nio.file.Path report) {
		CliRunner.Result run = CliRunner.run("render", "--format", "json", "--force", report.toString());
		assertTrue(run.out().startsWith("{"), run.err());
		return run.out();
	}

	@Test
	void theJarShipsTheSchemaOfTheRepository() throws IOException {
		assertEquals(Files.readString(CommittedFile.ROOT.resolve("docs/schema/report.schema.json"), StandardCharsets.UTF_8),
				JsonSchemaFile.text());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleFollowsTheSchema(String example) throws IOException {
		String json = render(DataFiles.example(example));
		assertEquals("", JsonSchemaFile.problems(json));
		JsonNode data = JSON.readTree(json);
		assertEquals("1.0", data.get("schemaVersion").asText());
		// yindu-keji-2025 has the S6 error of its published text: rendered only with --force, and says so
		assertEquals(!example.startsWith("yindu"), data.get("valid").asBoolean());
	}

	@Test
	void aForcedRenderOfAReportWithErrorsSaysItIsNotValid() throws IOException {
		JsonNode data = JSON.readTree(render(DataFiles.example("yindu-keji-2025")));
		assertFalse(data.get("valid").asBoolean());
		JsonNode finding = data.get("findings").get(0);
		assertEquals(1, data.get("findings").size());
		assertEquals("S6 error 43:1 第六部分未说明是否收取信息处理费（国办函〔2020〕109号）",
				finding.get("code").asText() + " " + finding.get("severity").asText() + " " + finding.get("line").asInt()
						+ ":" + finding.get("column").asInt() + " " + finding.get("message").asText());
	}

	@Test
	void aWarningLeavesTheReportValid() throws IOException {
		JsonNode data = JSON.readTree(render(DataFiles.example("pingtan-2022")));
		assertTrue(data.get("valid").asBoolean());
		assertEquals("S1 warning 72", data.get("findings").get(0).get("code").asText() + " "
				+ data.get("findings").get(0).get("severity").asText() + " " + data.get("findings").get(0).get("line").asInt());
	}

	@Test
	void textsFormatAndFeeUnit() throws IOException {
		String json = render(DataFiles.Y2021);
		assertEquals("", JsonSchemaFile.problems(json));
		JsonNode data = JSON.readTree(json);
		assertEquals("试验区数据局 2021 2021 国办公开办函〔2021〕30号 万元", data.get("organ").asText() + " "
				+ data.get("year").asInt() + " " + data.get("format").asText() + " " + data.get("formatDocument").asText()
				+ " " + data.get("feeUnit").asText());
		assertEquals("试验区数据局2021年政府信息公开工作年度报告", data.get("title").asText());
		assertEquals("[\"（一）主动公开\",\"（二）依申请公开\"]", data.get("headings").toString());
		assertTrue(data.get("preamble").isNull());
		assertTrue(data.get("sections").get(0).asText().contains("全年新收政府信息公开申请 18 件。"));
	}

	@Test
	void notApplicableIsNullAndWrittenWhileOmittedIsZero() throws IOException {
		Map<String, JsonNode> cells = cells(render(DataFiles.Y2021));
		assertEquals("{\"id\":\"二.RULES.ISSUED\",\"table\":\"二\",\"row\":\"RULES\",\"column\":\"ISSUED\",\"rowLabel\":\"规章\","
				+ "\"rowGroup\":null,\"columnLabel\":\"本年制发件数\",\"value\":null,\"origin\":\"written\",\"notApplicable\":true}",
				cells.get("二.RULES.ISSUED").toString());
		assertEquals("1.25 written false", brief(cells.get("二.FEES.FEE")));
		assertEquals("0 omitted false", brief(cells.get("二.PENALTY.DECISIONS")));
		assertEquals("18 computed false", brief(cells.get("三.NEW.TOTAL")));
		assertEquals("2 written false （六）其他处理 3.其他", brief(cells.get("三.OTHER_PROCESSING.NATURAL_PERSON")) + " "
				+ cells.get("三.OTHER_PROCESSING.NATURAL_PERSON").get("rowGroup").asText() + " "
				+ cells.get("三.OTHER_PROCESSING.NATURAL_PERSON").get("rowLabel").asText());
	}

	@Test
	void cellIdsAreEqualAcrossFormatsExactlyWhereTheMeaningIs() throws IOException {
		Map<String, JsonNode> v2019 = cells(render(DataFiles.Y2020));
		Map<String, JsonNode> v2021 = cells(render(DataFiles.Y2021));
		// 2019's （六）其他处理 is the whole group 2021 splits in three: its own id, not 2021's （六）3
		assertEquals("2 written false （六）其他处理", brief(v2019.get("三.OTHER_PROCESSING_ALL.NATURAL_PERSON")) + " "
				+ v2019.get("三.OTHER_PROCESSING_ALL.NATURAL_PERSON").get("rowLabel").asText());
		assertFalse(v2019.containsKey("三.OTHER_PROCESSING.NATURAL_PERSON"));
		assertFalse(v2021.containsKey("三.OTHER_PROCESSING_ALL.NATURAL_PERSON"));
		// table 二 of 2019 has columns of its own; 本年增/减 is negative; 采购总金额 keeps its digits
		assertEquals("-2 written false", brief(v2019.get("二.LICENSING.CHANGE")));
		assertEquals("35.5 written false", brief(v2019.get("二.PROCUREMENT.PURCHASE_AMOUNT")));
		List<String> shared = new ArrayList<>(v2019.keySet());
		shared.retainAll(v2021.keySet());
		List<String> only2019 = new ArrayList<>(v2019.keySet());
		only2019.removeAll(v2021.keySet());
		List<String> only2021 = new ArrayList<>(v2021.keySet());
		only2021.removeAll(v2019.keySet());
		// 表三 (but （六）) and 表四 are shared, and so are the 处理决定数量 of 许可, 处罚, 强制
		assertEquals(22 * 7 + 15 + 3, shared.size(), shared.toString());
		assertEquals(List.of("二.RULES.NEW_MADE", "二.RULES.NEW_PUBLISHED", "二.RULES.TOTAL_PUBLISHED",
				"二.NORMATIVE_DOCUMENTS.NEW_MADE", "二.NORMATIVE_DOCUMENTS.NEW_PUBLISHED",
				"二.NORMATIVE_DOCUMENTS.TOTAL_PUBLISHED", "二.LICENSING.PREVIOUS_ITEMS", "二.LICENSING.CHANGE",
				"二.OTHER_SERVICES.PREVIOUS_ITEMS", "二.OTHER_SERVICES.CHANGE", "二.OTHER_SERVICES.DECISIONS",
				"二.PENALTY.PREVIOUS_ITEMS", "二.PENALTY.CHANGE", "二.COMPULSION.PREVIOUS_ITEMS", "二.COMPULSION.CHANGE",
				"二.FEES.PREVIOUS_ITEMS", "二.FEES.CHANGE", "二.PROCUREMENT.PURCHASE_ITEMS", "二.PROCUREMENT.PURCHASE_AMOUNT"),
				only2019.stream().filter(id -> id.startsWith("二")).toList());
		assertEquals(List.of("二.RULES.ISSUED", "二.RULES.REPEALED", "二.RULES.IN_FORCE", "二.NORMATIVE_DOCUMENTS.ISSUED",
				"二.NORMATIVE_DOCUMENTS.REPEALED", "二.NORMATIVE_DOCUMENTS.IN_FORCE", "二.FEES.FEE"),
				only2021.stream().filter(id -> id.startsWith("二")).toList());
		assertEquals(7, only2019.stream().filter(id -> id.startsWith("三")).count());
		assertEquals(21, only2021.stream().filter(id -> id.startsWith("三")).count());
		// a shared id has the same labels in both versions
		assertEquals(v2019.get("三.RESULT_TOTAL.TOTAL").get("rowLabel"), v2021.get("三.RESULT_TOTAL.TOTAL").get("rowLabel"));
		assertNotEquals(v2019.get("三.OTHER_PROCESSING_ALL.TOTAL").get("rowLabel"),
				v2021.get("三.OTHER_PROCESSING.TOTAL").get("rowLabel"));
	}

	@Test
	void theSchemaRefusesNotApplicableWithAValue() throws IOException {
		String json = render(DataFiles.Y2021).replaceFirst("\"value\" : null", "\"value\" : 0");
		assertTrue(JsonSchemaFile.problems(json).contains("/cells/0/value"), JsonSchemaFile.problems(json));
	}

	private static Map<String, JsonNode> cells(String json) throws IOException {
		Map<String, JsonNode> cells = new java.util.LinkedHashMap<>();
		for (JsonNode cell : JSON.readTree(json).get("cells")) {
			cells.put(cell.get("id").asText(), cell);
		}
		return cells;
	}

	private static String brief(JsonNode cell) {
		return cell.get("value").asText() + " " + cell.get("origin").asText() + " " + cell.get("notApplicable").asBoolean();
	}
}
