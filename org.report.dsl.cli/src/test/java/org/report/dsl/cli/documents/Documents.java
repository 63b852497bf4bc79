package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.report.dsl.cli.CliRunner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the tests of {@code reportdsl import} on documents share: the repository's examples and corpus,
 * an example rendered as a page, and the comparison of an import's values with the example's.
 */
final class Documents {

	static final Path ROOT = Path.of(System.getProperty("reportdsl.root", "..")).toAbsolutePath().normalize();
	/** The parts of the JSON rendering that hold values: organ, year, format and the three tables. */
	static final List<String> VALUES = List.of("organ", "year", "format", "table2", "table3", "table4");

	private Documents() {
	}

	static Path example(String name) {
		return ROOT.resolve("examples/" + name + ".report");
	}

	/** The example as the print page of {@code reportdsl render --format html} (real tables, rowspan/colspan). */
	static String page(String example, Path dir) throws IOException {
		Path out = dir.resolve("rendered");
		CliRunner.Result run = CliRunner.run("render", "--force", "--format", "html", "-o", out.toString(),
				example(example).toString());
		assertTrue(run.exit() <= 1, run.err()); // 1: the report's own errors (yindu's S6), the page is written with --force
		return Files.readString(out.resolve(example + ".html"), StandardCharsets.UTF_8);
	}

	/** Imports a document into dir/out; returns the run. */
	/** The bytes written as a file of that name in the folder. */
	static Path write(Path dir, String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	/** Importing the file is refused with exactly this one message, exit code 2, and nothing written. */
	static void refused(Path file, Path dir, String message) {
		CliRunner.Result run = importFile(file, dir);
		assertEquals(file + ":1:1: error: " + message + " [ENCODING]\n1 个文件，导入 0 份，1 个错误，0 个警告\n", run.err());
		assertEquals(2, run.exit());
		assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
	}

	static CliRunner.Result importFile(Path file, Path dir) {
		return CliRunner.run("import", "-o", dir.resolve("out").toString(), file.toString());
	}

	/** The JSON values (organ, year, format, tables) of a report file. */
	static JsonNode values(Path report) throws IOException {
		CliRunner.Result run = CliRunner.run("render", "--force", "--format", "json", report.toString());
		assertTrue(run.exit() <= 1, run.err());
		JsonNode all = new ObjectMapper().readTree(run.out());
		var values = new ObjectMapper().createObjectNode();
		VALUES.forEach(k -> values.set(k, all.get(k)));
		return values;
	}

	/** Every value of the import is the example's: organ, year, format and each table cell. */
	static void sameValues(String example, Path imported) throws IOException {
		assertEquals(values(example(example)).toPrettyString(), values(imported).toPrettyString());
	}

	/** How many table values an example has (the count of exact values when {@link #sameValues} holds). */
	static int tableValues(String example) throws IOException {
		JsonNode v = values(example(example));
		return numbers(v.get("table2")) + numbers(v.get("table3")) + numbers(v.get("table4"));
	}

	private static int numbers(JsonNode node) {
		if (node.isNumber()) {
			return 1;
		}
		int n = 0;
		for (JsonNode child : node) {
			n += numbers(child);
		}
		return n;
	}
}
