package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.format.Rule;

/**
 * What users see of a finding, for validation and import alike: its severity is its rule's (or, for a
 * known variant, its rule's variant severity) and its code is printed once, at the end.
 */
class FindingSeverityTest {

	private static final Path IMPORT = Path.of("src/test/resources/import");
	/** {@code PATH:LINE:COL: error|warning: MESSAGE [CODE]} */
	private static final Pattern LINE = Pattern.compile(".*:\\d+:\\d+: (error|warning): (.*) \\[([A-Z0-9_]+)\\]");

	@TempDir
	Path dir;

	@Test
	void severitiesComeFromTheCatalogue() throws IOException {
		List<Matcher> findings = findings();
		Set<Rule> seen = EnumSet.noneOf(Rule.class);
		for (Matcher m : findings) {
			Rule rule = Rule.of(m.group(3));
			assertEquals(m.group(3), rule.id(), "a code of the catalogue: " + m.group());
			Rule.Severity severity = Rule.Severity.valueOf(m.group(1).toUpperCase(Locale.ROOT));
			assertTrue(severity == rule.severity() || severity == rule.variantSeverity(), m.group());
			if (rule.severity() == rule.variantSeverity()) {
				assertEquals(rule.severity(), severity, m.group());
			}
			seen.add(rule);
		}
		assertTrue(seen.containsAll(EnumSet.of(Rule.S1, Rule.S6, Rule.ENCODING, Rule.LAYOUT, Rule.TRUNCATED)),
				"rules seen: " + seen);
	}

	@Test
	void theCodeIsPrintedOnce() throws IOException {
		List<Matcher> findings = findings();
		assertTrue(findings.size() >= 5, "findings: " + findings.size());
		for (Matcher m : findings) {
			assertFalse(Pattern.compile("(?<![A-Za-z0-9_])" + m.group(3) + "(?![A-Za-z0-9_])").matcher(m.group(2)).find(),
					m.group());
		}
	}

	/** The findings of validating the examples and of importing a GBK, a truncated and a 2019 text. */
	private List<Matcher> findings() throws IOException {
		String clean = Files.readString(IMPORT.resolve("published.txt"), StandardCharsets.UTF_8);
		Path gbk = dir.resolve("gbk.txt");
		Files.write(gbk, clean.getBytes(Charset.forName("GBK")));
		Path cut = TestFiles.write(dir, "cut.txt", clean.substring(0, clean.length() / 2));
		List<String> lines = new ArrayList<>();
		Path examples = Path.of(System.getProperty("reportdsl.root", "../.."), "examples").normalize();
		CliRun validate = CliRun.of("validate", examples.toString());
		lines.addAll(validate.out().lines().toList());
		CliRun imported = CliRun.of("import", "-o", dir.resolve("out").toString(), gbk.toString(), cut.toString(),
				IMPORT.resolve("published-2019.txt").toString());
		assertTrue(imported.clean(), imported.err());
		lines.addAll(imported.err().lines().toList());
		List<Matcher> findings = new ArrayList<>();
		for (String line : lines) {
			Matcher m = LINE.matcher(line);
			if (m.matches()) {
				findings.add(m);
			}
		}
		return findings;
	}
}
