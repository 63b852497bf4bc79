package org.report.dsl.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.CliRunner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** render --format csv / parquet: one row per cell, the same cells as the JSON, one file per report or --combine. */
class LongFormatTest {

	static final String HEADER = "organ,year,format,table,row_id,column_id,cell_id,row_group,row_label,column_label,"
			+ "value,origin,not_applicable,valid,source_file";

	@TempDir
	Path dir;

	@Test
	void csvHasOneRowPerCellOfTheJson() throws IOException {
		CliRunner.Result run = CliRunner.run("render", "--format", "csv", DataFiles.Y2021.toString());
		assertEquals(0, run.exit(), run.err());
		// standard output: no byte order mark, CRLF line ends (RFC 4180)
		assertTrue(run.out().startsWith(HEADER + "\r\n"), run.out().substring(0, 200));
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(run.out())).getRecords();
		JsonNode json = new ObjectMapper().readTree(
				CliRunner.run("render", "--format", "json", DataFiles.Y2021.toString()).out()).get("cells");
		assertEquals(json.size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			JsonNode cell = json.get(i);
			CSVRecord row = rows.get(i);
			assertEquals(cell.get("id").asText(), row.get("cell_id"));
			assertEquals(cell.get("rowLabel").asText(), row.get("row_label"));
			assertEquals(cell.get("columnLabel").asText(), row.get("column_label"));
			assertEquals(cell.get("value").isNull() ? "" : cell.get("value").asText(), row.get("value"));
			assertEquals(cell.get("origin").asText(), row.get("origin"));
		}
		assertEquals("试验区数据局,2021,2021,二,RULES,ISSUED,二.RULES.ISSUED,,规章,本年制发件数,,written,true,true,"
				+ DataFiles.Y2021, String.join(",", rows.get(0).values()));
		assertEquals("试验区数据局,2021,2021,二,FEES,FEE,二.FEES.FEE,,行政事业性收费,本年收费金额（单位：万元）,1.25,written,false,true,"
				+ DataFiles.Y2021, String.join(",", rows.get(9).values()));
	}

	@Test
	void filesStartWithAByteOrderMarkForExcel() throws IOException {
		CliRunner.Result run = CliRunner.run("render", "--format", "csv,parquet", "-o", dir.toString(),
				DataFiles.SYNTHETIC.toString());
		assertEquals(0, run.exit(), run.err());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("shiyan-2020.csv", "shiyan-2020.parquet", "shiyan-2021.csv", "shiyan-2021.parquet"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		byte[] csv = Files.readAllBytes(dir.resolve("shiyan-2020.csv"));
		assertEquals("EF BB BF", String.format("%02X %02X %02X", csv[0], csv[1], csv[2]));
		String text = new String(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n"));
		assertEquals(198 + 1, text.split("\r\n").length);
		byte[] parquet = Files.readAllBytes(dir.resolve("shiyan-2020.parquet"));
		assertEquals("PAR1", new String(parquet, 0, 4, StandardCharsets.US_ASCII));
		assertEquals("PAR1", new String(parquet, parquet.length - 4, 4, StandardCharsets.US_ASCII));
		assertEquals("2 个文件，生成 4 份文档，0 个错误，0 个警告\n", run.err());
	}

	@Test
	void combineWritesOneFileForAllReports() throws IOException {
		Path out = dir.resolve("all.csv");
		CliRunner.Result run = CliRunner.run("render", "--format", "csv", "--combine", out.toString(),
				DataFiles.SYNTHETIC.toString(), DataFiles.EXAMPLES.toString());
		// yindu-keji-2025 has an error: without --force it is left out, and the exit code says so
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().endsWith("7 个文件，生成 1 份文档，1 个错误，1 个警告\n"), run.err());
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(Files.readString(out, StandardCharsets.UTF_8).substring(1))).getRecords();
		assertEquals(198 + 5 * 200, rows.size());
		assertEquals(List.of("三门峡市科学技术局", "平潭综合实验区", "淮安市人民政府", "科学技术和工业信息化局", "试验区数据局"),
				rows.stream().map(r -> r.get("organ")).distinct().sorted().toList());
		assertFalse(rows.stream().anyMatch(r -> r.get("valid").equals("false")));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("all.csv"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void forcedReportsWithErrorsAreMarkedInvalid() throws IOException {
		Path out = dir.resolve("forced.csv");
		CliRunner.Result run = CliRunner.run("render", "--format", "csv", "--force", "--combine", out.toString(),
				DataFiles.example("yindu-keji-2025").toString());
		assertEquals(1, run.exit(), run.err());
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(Files.readString(out, StandardCharsets.UTF_8).substring(1))).getRecords();
		assertEquals(200, rows.size());
		assertTrue(rows.stream().allMatch(r -> r.get("valid").equals("false")));
	}

	@Test
	void usageErrors() {
		CliRunner.Result parquet = CliRunner.run("render", "--format", "parquet", DataFiles.Y2021.toString());
		assertEquals("reportdsl render: parquet 是二进制文件，需要用 -o 指定输出目录或用 --combine 指定输出文件\n", parquet.err());
		assertEquals(2, parquet.exit());
		CliRunner.Result two = CliRunner.run("render", "--format", "csv,parquet", "--combine", dir.resolve("x").toString(),
				DataFiles.Y2021.toString());
		assertEquals("reportdsl render: --combine 需要且只能配合一种长表格式：csv 或 parquet\n", two.err());
		assertEquals(2, two.exit());
		CliRunner.Result many = CliRunner.run("render", "--format", "csv", DataFiles.SYNTHETIC.toString());
		assertEquals("reportdsl render: 多个报告需要用 -o 指定输出目录（长表也可用 --combine 写入一个文件）\n", many.err());
		assertEquals(2, many.exit());
	}
}
