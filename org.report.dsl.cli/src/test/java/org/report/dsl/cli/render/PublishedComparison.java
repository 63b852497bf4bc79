package org.report.dsl.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A rendering against the report as it was published (corpus/published): every narrative
 * paragraph of ours is in the original and nothing of the original's narrative is missing from ours
 * (whitespace aside); every table value of ours is the published one, in order. Used for the golden
 * files of the examples and for what {@code reportdsl import} makes of the published texts.
 */
public final class PublishedComparison {

	private static final ReportFormat FORMAT = ReportFormat.of(FormatVersion.V2021);

	/**
	 * Published tables with cells added or lost in layout: keji-gongxin-2022 prints an extra 0 cell in
	 * the rows （七）总计 and 四; sanmenxia-keji-2025 prints its sub-item rows with five cells only.
	 */
	private static final Set<String> MALFORMED_TABLES = Set.of("keji-gongxin-2022", "sanmenxia-keji-2025");

	/** Page furniture the examples leave out, as their header comments say. */
	private static final Map<String, Pattern> FURNITURE = Map.of(
			"pingtan-2022", Pattern.compile("(?s)\\A.*?=+ 正文 =+\\n"),
			"huaian-shizhengfu-2024", Pattern.compile("(?m)^- \\d+ -$"));

	/**
	 * Digits in tables that are not values: the one-digit numbering of sub-items (1.属于…, 3、其他), which
	 * run-together cells may directly precede, and a header's 「保留4位小数」.
	 */
	private static final Pattern NOT_VALUES = Pattern.compile("[1-8][.、．](?=\\p{IsHan})|保留\\d+位小数");
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private PublishedComparison() {
	}

	/** The names of the published reports (corpus/published/NAME.txt). */
	public static String[] published() {
		return Golden.EXAMPLES;
	}

	public static java.nio.file.Path publishedFile(String example) {
		return Golden.ROOT.resolve("corpus/published/" + example + ".txt");
	}

	private static String original(String example) throws IOException {
		String text = Files.readString(publishedFile(example), StandardCharsets.UTF_8);
		Pattern furniture = FURNITURE.get(example);
		return furniture == null ? text : furniture.matcher(text).replaceAll("");
	}

	private static String squeeze(String s) {
		return WHITESPACE.matcher(s).replaceAll("");
	}

	/** Lines of the golden text that belong to tables, though they hold no tab. */
	private static Set<String> tableLines() {
		Set<String> lines = new HashSet<>();
		for (TableDef t : FORMAT.tables()) {
			for (RowDef r : t.rows()) {
				if (r.block() != null) {
					lines.add(r.block());
				}
				if (r.group() != null) {
					lines.add(r.group());
				}
			}
		}
		return lines;
	}

	private static List<String> narrativeLines(String golden) {
		Set<String> headings = FORMAT.sections().stream().map(SectionDef::label).collect(Collectors.toSet());
		Set<String> tableLines = tableLines();
		List<String> lines = golden.lines().skip(1).filter(l -> !l.isBlank() && l.indexOf('\t') < 0)
				.filter(l -> !headings.contains(l) && !tableLines.contains(l)).toList();
		return lines;
	}

	/** @param text the official text rendering ({@code render --format text}) */
	public static void everyNarrativeParagraphIsPublishedText(String example, String text) throws IOException {
		String original = squeeze(original(example));
		for (String line : narrativeLines(text)) {
			assertTrue(original.contains(squeeze(line)), example + ": not in the published text: " + line);
		}
	}

	/** @param golden the official text rendering ({@code render --format text}) */
	public static void noNarrativeOfThePublishedTextIsMissing(String example, String golden) throws IOException {
		String rest = squeeze(original(example));
		int tables = rest.indexOf(squeeze(FORMAT.section(2).label()));
		int after = rest.indexOf("五、", tables);
		rest = rest.substring(0, tables) + rest.substring(after);
		rest = rest.replace(squeeze(golden.lines().findFirst().orElseThrow()), "");
		for (String line : narrativeLines(golden)) {
			rest = rest.replaceFirst(Pattern.quote(squeeze(line)), "");
		}
		for (SectionDef s : FORMAT.sections()) {
			rest = rest.replace(squeeze(s.label()), "");
			for (String v : s.variants()) {
				rest = rest.replace(squeeze(v), "");
			}
		}
		assertEquals("", rest, example + ": published text that the rendering lacks");
	}

	/** @param jsonText the JSON rendering ({@code render --format json}) */
	public static void everyTableValueIsThePublishedOne(String example, String jsonText) throws IOException {
		String original = original(example);
		String squeezed = squeeze(original);
		int from = squeezed.indexOf(squeeze(FORMAT.section(2).label())) + FORMAT.section(2).label().length();
		int to = squeezed.indexOf("五、", from);
		String region = NOT_VALUES.matcher(squeezed.substring(from, to)).replaceAll("");
		String publishedDigits = region.replaceAll("[^0-9.]", "").replace("。", "");
		boolean publishedOtherColumn = region.contains("法律服务机构其他");
		JsonNode json = new ObjectMapper().readTree(jsonText);
		StringBuilder ours = new StringBuilder();
		json.get("table2").forEach(row -> row.forEach(v -> ours.append(v.asText())));
		json.get("table3").forEach(row -> {
			for (int c = 0; c < row.size(); c++) {
				if (c != 5 || publishedOtherColumn) { // a few reports print table 三 without the 其他 column
					ours.append(row.get(c).asText());
				}
			}
		});
		json.get("table4").forEach(v -> ours.append(v.asText()));
		if (MALFORMED_TABLES.contains(example)) {
			// zeros the published layout adds or drops aside, every non-zero digit is there, in order
			assertEquals(publishedDigits.replace("0", ""), ours.toString().replace("0", ""),
					example + ": table values differ from the published ones");
		} else {
			assertEquals(publishedDigits, ours.toString(), example + ": table values differ from the published ones");
		}
	}
}
