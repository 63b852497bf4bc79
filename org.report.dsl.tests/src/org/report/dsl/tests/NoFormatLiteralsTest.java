package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.TableId;

/**
 * No table id and no official label as a string literal outside {@code format/}: code names a
 * table, row or column through the typed constants of the format ({@code Table3.NEW} …) and prints
 * labels it reads from the format. Scans the hand-written Java sources of the runtime, ide, ui, CLI
 * and benchmark modules (found from the {@code reportdsl.root} system property) and fails on
 * <ul>
 * <li>a string literal that is a table id (二, 三, 四: comparisons, switches, look-ups by id) or the id
 * of a row or column (RULES, CARRIED_OVER …);</li>
 * <li>a string literal that is the id of a rule of the catalogue (R1, SYNTAX, IO …): findings carry a
 * {@link Rule};</li>
 * <li>a string literal that is an official label of either format version (section, part, row,
 * column or header label), numbering, bracket width and spaces aside;</li>
 * <li>a string literal that contains a section, row, column or header label written with its
 * numbering (「四、结转下年度继续办理」), or its words when they are four characters or more
 * (「结转下年度继续办理」, 「尚未审结」).</li>
 * </ul>
 * Run alone: {@code ./build.sh -B -q -o -pl releng/org.report.dsl.target,org.report.dsl,org.report.dsl.ide,org.report.dsl.tests verify -Dtest=NoFormatLiteralsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class NoFormatLiteralsTest {

	/** The modules' hand-written sources (tests and build-time generators excepted). */
	private static final List<String> SOURCE_ROOTS = List.of("org.report.dsl/src", "org.report.dsl.ide/src",
			"org.report.dsl.ui/src", "org.report.dsl.studio/src", "org.report.dsl.cli/src/main",
			"org.report.dsl.benchmarks/src");

	/** The format definition itself: the one place labels and ids are written. */
	private static final String FORMAT_PACKAGE = "org/report/dsl/format/";


	@Test
	public void noTableIdOrOfficialLabelAsAStringLiteralOutsideFormat() throws IOException {
		Path root = Path.of(System.getProperty("reportdsl.root", "..")).toAbsolutePath().normalize();
		Vocabulary words = new Vocabulary();
		List<String> found = new ArrayList<>();
		int files = 0;
		for (String module : SOURCE_ROOTS) {
			Path dir = root.resolve(module);
			assertTrue(Files.isDirectory(dir), "no sources at " + module + " under " + root);
			List<Path> sources;
			try (Stream<Path> walk = Files.walk(dir)) {
				sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
			}
			for (Path file : sources) {
				String path = root.relativize(file).toString().replace('\\', '/');
				if (path.contains(FORMAT_PACKAGE)) {
					continue;
				}
				files++;
				for (Literal literal : JavaLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
					String why = words.offence(literal.text());
					if (why != null) {
						found.add(path + ":" + literal.line() + ": \"" + literal.text() + "\" " + why);
					}
				}
			}
		}
		assertTrue(files > 100, "scanned only " + files + " files under " + root);
		assertEquals("", String.join("\n", found));
	}

	@Test
	public void theScanFindsIdsLabelsAndNumberedLabels() {
		Vocabulary words = new Vocabulary();
		List<String> offences = new ArrayList<>();
		String source = """
				class A {
					// "三" in a comment is not a literal
					boolean a(TableDef t) { return t.id().equals("三"); }
					String b() { return "（七）总计"; }
					String c() { return "而表三 四、结转下年度继续办理 为 "; }
					String d() { return " 件尚未审结"; }
					String e() { return "其他"; }
					boolean e2(RowDef r) { return r.id().equals("CARRIED_OVER") || "TOTAL".equals(r.id()); }
					String f() { return "见其他问题：{三.新收.总计}"; }
					char g() { return '"'; } String g2() { return "R1"; }
					String h() { return \"""
							一、总体情况
							\"""; }
				}
				""";
		for (Literal l : JavaLiterals.of(source)) {
			String why = words.offence(l.text());
			offences.add(l.line() + " " + (why == null ? "ok" : why));
		}
		assertEquals(List.of("3 table id", "4 label （七）总计", "5 contains 四、结转下年度继续办理", "6 contains 尚未审结",
				"7 label 其他", "8 row or column id", "8 row or column id", "9 ok", "10 rule code", "12 label 一、总体情况"), offences);
	}

	/** The labels of both format versions, read from the format. */
	private static final class Vocabulary {
		private final Set<String> tableIds = new LinkedHashSet<>();
		private final Set<String> rowAndColumnIds = new LinkedHashSet<>();
		/** The ids of the rule catalogue: findings carry a {@link Rule}, never its id as a string. */
		private final Set<String> ruleIds = new LinkedHashSet<>();
		/** Keys of every official label: a literal with one of these keys is a label. */
		private final Set<String> keys = new LinkedHashSet<>();
		/** Section, row, column and header labels with their numbering, and their keys of 4+ characters. */
		private final Set<String> contained = new LinkedHashSet<>();

		Vocabulary() {
			for (TableId t : TableId.values()) {
				tableIds.add(t.id());
			}
			for (Rule r : Rule.values()) {
				ruleIds.add(r.id());
			}
			for (ReportFormat f : List.of(ReportFormats.V2021, ReportFormats.V2019)) {
				f.partLabels().forEach(p -> keys.add(Labels.key(p)));
				f.partLabels().forEach(p -> contained.add(Labels.canonical(p)));
				List<String> labels = new ArrayList<>();
				f.sections().stream().map(SectionDef::label).forEach(labels::add);
				for (TableDef t : f.tables()) {
					if (t.span() != null) {
						labels.add(t.span());
					}
					for (RowDef r : t.rows()) {
						rowAndColumnIds.add(r.id());
						r.columns().forEach(c -> rowAndColumnIds.add(c.id()));
						labels.add(r.label());
						Stream.of(r.group(), r.block()).filter(g -> g != null).forEach(labels::add);
						r.columns().stream().map(ColumnDef::label).forEach(labels::add);
						r.columns().stream().map(ColumnDef::group).filter(g -> g != null).forEach(labels::add);
					}
				}
				for (String label : labels) {
					String key = Labels.key(label);
					keys.add(key);
					if (!key.equals(Labels.canonical(label))) {
						contained.add(Labels.canonical(label)); // with its numbering
					}
					if (key.length() >= 4) {
						contained.add(key);
					}
				}
			}
		}

		/** Why the literal is not allowed, or null. */
		String offence(String literal) {
			if (tableIds.contains(literal.strip())) {
				return "table id";
			}
			if (rowAndColumnIds.contains(literal)) {
				return "row or column id";
			}
			if (ruleIds.contains(literal)) {
				return "rule code";
			}
			String text = Labels.canonical(literal);
			if (!text.isEmpty() && keys.contains(Labels.key(text))) {
				return "label " + literal.strip();
			}
			for (String label : contained) {
				if (text.contains(label)) {
					return "contains " + label;
				}
			}
			return null;
		}
	}

	private record Literal(String text, int line) {
	}

	/** The string literals and text blocks of a Java source, with their lines; comments skipped. */
	private static final class JavaLiterals {
		static List<Literal> of(String src) {
			List<Literal> literals = new ArrayList<>();
			int line = 1;
			int i = 0, n = src.length();
			while (i < n) {
				char c = src.charAt(i);
				if (c == '\n') {
					line++;
					i++;
				} else if (src.startsWith("//", i)) {
					while (i < n && src.charAt(i) != '\n') {
						i++;
					}
				} else if (src.startsWith("/*", i)) {
					int end = src.indexOf("*/", i + 2);
					end = end < 0 ? n : end + 2;
					line += count(src, i, end);
					i = end;
				} else if (src.startsWith("\"\"\"", i)) {
					int end = src.indexOf("\"\"\"", i + 3);
					while (end > 0 && src.charAt(end - 1) == '\\') {
						end = src.indexOf("\"\"\"", end + 1);
					}
					end = end < 0 ? n : end;
					int start = src.indexOf('\n', i) + 1;
					int at = line + 1;
					for (String piece : src.substring(start, end).split("\n")) {
						if (!piece.isBlank()) {
							literals.add(new Literal(piece.strip(), at));
						}
						at++;
					}
					line += count(src, i, end);
					i = end + 3;
				} else if (c == '"' || c == '\'') {
					StringBuilder b = new StringBuilder();
					int j = i + 1;
					while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
						if (src.charAt(j) == '\\' && j + 1 < n) {
							j++;
						}
						b.append(src.charAt(j));
						j++;
					}
					if (c == '"') {
						literals.add(new Literal(b.toString(), line));
					}
					i = j + 1;
				} else {
					i++;
				}
			}
			return literals;
		}

		private static int count(String s, int from, int to) {
			int k = 0;
			for (int i = from; i < to; i++) {
				if (s.charAt(i) == '\n') {
					k++;
				}
			}
			return k;
		}
	}
}
