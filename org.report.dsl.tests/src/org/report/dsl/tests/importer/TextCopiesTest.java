package org.report.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.ReportImporter;

/**
 * The failure classes of real text copies (issue 13, 1–10), each on a small input of its own in
 * {@code resources/importer} (written for these tests after the shapes the issue describes; the same
 * small report — 测试县测试局 2023 — in each shape): the exact table read and the exact findings.
 */
public class TextCopiesTest {

	/** Table 三 of every input: 新收 31, 予以公开 20, 部分公开 3, 不掌握 6, 总计 29, 结转下年 2. */
	private static final String TABLE3 = """
			  新收 自然人 31 总计 31
			  予以公开 自然人 20 总计 20
			  部分公开 自然人 3 总计 3
			  不掌握 自然人 6 总计 6
			  总计 自然人 29 总计 29
			  结转下年 自然人 2 总计 2
			""";

	@Test
	public void blankCellsKeptAsConsecutiveTabsAreBlankCells() throws IOException {
		// 「31⇥⇥⇥⇥⇥⇥31」: 31, five blank cells, 31 — not "only 2 values"
		ImportResult result = importFile("01-tab-blanks.txt");
		assertEquals(0, errors(result), findings(result));
		assertEquals(TABLE3, table(result, 3));
		assertEquals(25, result.findings().size(), findings(result)); // one per row of table 三
		assertEquals(25, result.findings().stream().filter(f -> f.message().contains("个空白单元格，读作 0")).count());
		assertEquals("52:2 「（七）总计」有 5 个空白单元格，读作 0", result.findings().stream()
				.filter(f -> f.line() == 52).map(f -> f.line() + ":" + f.column() + " " + f.message()).findFirst().orElse(""));
	}

	// ---- helpers ---------------------------------------------------------------------------------

	static ImportResult importFile(String name) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of("resources", "importer", name));
		return new ReportImporter().importText(name, bytes, null);
	}

	static long errors(ImportResult result) {
		return result.findings().stream().filter(ImportFinding::isError).count();
	}

	static String findings(ImportResult result) {
		return result.findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.message())
				.collect(Collectors.joining("\n"));
	}

	/** The rows of a table in the written source, without comments, each line as written. */
	static String table(ImportResult result, int section) {
		String source = result.source();
		String[] numerals = { "", "一、", "二、", "三、", "四、", "五、", "六、" };
		int heading = source.indexOf("\n" + numerals[section]);
		int open = source.indexOf("{\n", heading);
		int close = source.indexOf("\n}", open);
		return source.substring(open + 2, close + 1).lines().filter(l -> !l.strip().startsWith("//"))
				.collect(Collectors.joining("\n", "", "\n"));
	}
}
