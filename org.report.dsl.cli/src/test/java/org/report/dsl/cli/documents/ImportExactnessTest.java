package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.CliRunner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How exactly {@code reportdsl import} reads each corpus report from every form the repository has of
 * it: the published text (corpus/published), the office's PDF (huaian), the saved web page (pingtan),
 * a .docx made here from the example ({@link ImportDocxTest}) and a .doc made from the example's Word
 * rendering with LibreOffice (corpus/generated/doc). For each, the table values equal to the example's
 * (same table, row and column) are counted against the example's values; the counts are asserted
 * exactly, and the same table stands in docs/importing.md.
 */
class ImportExactnessTest {

	private static final List<String> REPORTS = List.of("huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022",
			"sanmenxia-keji-2025", "yindu-keji-2025");
	private static final List<String> FORMS = List.of("text", "PDF", "web page", ".docx", ".doc");

	/**
	 * Exact table values per form and report, of the example's values (every cell of tables 二, 三 and
	 * 四, zeros included: 200 in the format of 2021); 「-」: the repository has no such form of the report.
	 */
	private static final Map<String, String> EXPECTED = Map.of(
			"text", "200/200 200/200 200/200 200/200 200/200",
			"PDF", "200/200 - - - -",
			"web page", "- - 200/200 - -",
			".docx", "200/200 200/200 200/200 200/200 200/200",
			".doc", "200/200 200/200 200/200 200/200 200/200");

	@TempDir
	Path dir;

	@Test
	void everyFormOfEveryCorpusReport() throws IOException {
		Map<String, String> measured = new LinkedHashMap<>();
		StringBuilder table = new StringBuilder("| form | " + String.join(" | ", REPORTS) + " |\n|---|"
				+ "---|".repeat(REPORTS.size()) + "\n");
		for (String form : FORMS) {
			List<String> cells = new ArrayList<>();
			for (String report : REPORTS) {
				Path input = input(form, report);
				cells.add(input == null ? "-" : exact(form, report, input) + "/" + Documents.tableValues(report));
			}
			measured.put(form, String.join(" ", cells));
			table.append("| ").append(form).append(" | ").append(String.join(" | ", cells)).append(" |\n");
		}
		assertEquals(EXPECTED, measured, table.toString());
		String doc = Files.readString(Documents.ROOT.resolve("docs/importing.md"), StandardCharsets.UTF_8);
		assertTrue(doc.contains(table), "docs/importing.md must hold the measured table:\n" + table);
	}

	/** The file of a report in a form, or null when the repository has none. */
	private Path input(String form, String report) throws IOException {
		Path file = switch (form) {
		case "text" -> Documents.ROOT.resolve("corpus/published/" + report + ".txt");
		case "PDF" -> Documents.ROOT.resolve("corpus/pdf/" + report + ".pdf");
		case "web page" -> Documents.ROOT.resolve("corpus/html/" + report + ".html");
		case ".doc" -> Documents.ROOT.resolve("corpus/generated/doc/" + report + ".doc");
		case ".docx" -> {
			Path d = Files.createDirectories(dir.resolve("docx-" + report));
			Path docx = d.resolve(report + ".docx");
			Files.write(docx, ImportDocxTest.docx(report, d));
			yield docx;
		}
		default -> throw new IllegalArgumentException(form);
		};
		return Files.exists(file) ? file : null;
	}

	/** How many of the example's table values the import of the file gives exactly. */
	private int exact(String form, String report, Path input) throws IOException {
		Path out = dir.resolve(form.replace(' ', '-').replace(".", "") + "-" + report);
		CliRunner.Result run = CliRunner.run("import", "-o", out.toString(), input.toString());
		assertTrue(run.exit() <= 1, run.err());
		JsonNode imported = Documents.values(out.resolve(report + ".report"));
		JsonNode example = Documents.values(Documents.example(report));
		assertEquals(example.get("organ"), imported.get("organ"), form + " " + report);
		assertEquals(example.get("year"), imported.get("year"), form + " " + report);
		Map<String, JsonNode> want = new TreeMap<>();
		Map<String, JsonNode> got = new TreeMap<>();
		for (String t : List.of("table2", "table3", "table4")) {
			leaves(t, example.get(t), want);
			leaves(t, imported.get(t), got);
		}
		return (int) want.entrySet().stream().filter(e -> e.getValue().equals(got.get(e.getKey()))).count();
	}

	/** The numbers of a JSON tree by their path. */
	private static void leaves(String path, JsonNode node, Map<String, JsonNode> out) {
		if (node == null) {
			return;
		}
		if (node.isNumber()) {
			out.put(path, node);
			return;
		}
		if (node.isObject()) {
			node.fields().forEachRemaining(e -> leaves(path + "/" + e.getKey(), e.getValue(), out));
		} else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				leaves(path + "/" + i, node.get(i), out);
			}
		}
	}
}
