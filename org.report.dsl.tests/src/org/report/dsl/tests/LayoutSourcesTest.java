package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Table-specific printing lives in the format's layouts: the renderers (publish/) and the importer's
 * header reading (TableLayout, TableWriter) compare no table id and name no table-specific class.
 */
public class LayoutSourcesTest {

	/** A table id as a literal ("二", '三'), a comparison on a table id, or a class for one table. */
	private static final Pattern TABLE_SWITCH = Pattern
			.compile("[\"'][二三四][\"']|id\\(\\)\\.equals\\(|Table[234]Html|case \"t[234]\"");

	@Test
	public void noTableIdOutsideTheFormat() throws IOException {
		Path runtime = Paths.get(System.getProperty("reportdsl.root"), "org.report.dsl", "src", "org", "report", "dsl");
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.walk(runtime.resolve("publish"))) {
			all.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
		}
		try (Stream<Path> all = Files.walk(runtime.resolve("importer"))) {
			all.filter(p -> p.endsWith("TableLayout.java") || p.endsWith("TableWriter.java")).forEach(files::add);
		}
		assertTrue(files.size() > 10, files.toString());
		List<String> found = new ArrayList<>();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = TABLE_SWITCH.matcher(lines.get(i));
				if (m.find() && !lines.get(i).contains("t.def().id().equals(id)")) {
					found.add(runtime.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertEquals(List.of(), found);
	}
}
