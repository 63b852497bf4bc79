package org.report.dsl.cli.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;
import org.report.dsl.cli.CommittedFile;
import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.cli.docs.LanguageReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The VS Code extension's TextMate grammar is generated from the format definition: the committed
 * file must be current (regenerate with -Dreportdsl.updateGolden=true), and its rules must scope what
 * they are meant to (checked with Java's regex engine, whose syntax the rules keep to, \p{Han} aside).
 */
class TextMateGrammarTest {

	private final Path root = CommittedFile.ROOT;
	private final String generated = new TextMateGrammar(new LanguageReference(
			new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(IGrammarAccess.class))
			.grammarKeywords()).render();
	private final JsonNode repository;

	TextMateGrammarTest() throws IOException {
		repository = new ObjectMapper().readTree(generated).get("repository");
	}

	@Test
	void committedGrammarIsCurrent() throws IOException {
		CommittedFile.assertCurrent(root.resolve("editors/vscode/syntaxes/report.tmLanguage.json"), generated);
	}

	@Test
	void sectionHeadingsAndVariants() {
		Pattern section = pattern(repository.get("section").get("match").asText());
		assertTrue(section.matcher("三、收到和处理政府信息公开申请情况").find());
		assertTrue(section.matcher("五、政府信息公开工作存在的主要问题及改进情况").find());
		assertFalse(section.matcher("三、收到申请").find());
	}

	@Test
	void rowsColumnsAndTotalsInTables() {
		JsonNode table = repository.get("table").get("patterns");
		Pattern totalRow = pattern(table.get(2).get("match").asText());
		Pattern row = pattern(table.get(3).get("match").asText());
		Pattern totalColumn = pattern(table.get(5).get("match").asText());
		Pattern column = pattern(table.get(6).get("match").asText());
		assertTrue(row.matcher("  新收 自然人 71").lookingAt());
		assertTrue(row.matcher("  逾期未缴费：0 0 0 0 0 0 0").lookingAt());
		assertTrue(row.matcher("  属于国家秘密 自然人 1").lookingAt());
		assertTrue(totalRow.matcher("  总计 自然人 1").lookingAt());
		assertFalse(row.matcher("  无此行 自然人 1").lookingAt());
		assertTrue(column.matcher("商业企业 3").lookingAt());
		assertTrue(column.matcher("\"本年收费金额（单位：万元）\" 3").find());
		assertTrue(totalColumn.matcher("总计 3").lookingAt());
	}

	@Test
	void keywordsAreWholeWords() {
		Pattern keyword = pattern(repository.get("keyword").get("match").asText());
		assertTrue(keyword.matcher("年报 测试局 2025").lookingAt());
		assertFalse(keyword.matcher("上年结转").find());
	}

	@Test
	void referencesInNarrative() {
		Pattern reference = pattern(repository.get("narrative").get("patterns").get(1).get("match").asText());
		assertTrue(reference.matcher("共收到 {三.新收.总计} 件").find());
	}

	/** Oniguruma's \p{Han} is Java's \p{IsHan}. */
	private static Pattern pattern(String textMate) {
		return Pattern.compile(textMate.replace("\\p{Han}", "\\p{IsHan}"), Pattern.MULTILINE);
	}
}
