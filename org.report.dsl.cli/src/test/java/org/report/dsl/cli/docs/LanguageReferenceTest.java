package org.report.dsl.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;
import org.report.dsl.cli.CommittedFile;
import org.report.dsl.ReportDslStandaloneSetup;

/**
 * docs/language.md is generated from the grammar and the format definition; this test fails when
 * the committed file is out of date. Regenerate with -Dreportdsl.updateGolden=true.
 */
class LanguageReferenceTest {

	private final Path root = CommittedFile.ROOT;
	private final LanguageReference reference = new LanguageReference(
			new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(IGrammarAccess.class));

	@Test
	void committedReferenceMatchesTheFormatDefinition() throws IOException {
		String example = Files.readString(root.resolve("examples/sanmenxia-keji-2025.report"), StandardCharsets.UTF_8);
		String generated = reference.render(example);
		CommittedFile.assertCurrent(root.resolve("docs/language.md"), generated);
	}

	@Test
	void everyKeywordOfTheGrammarIsDocumented() {
		assertEquals(reference.grammarKeywords(), new java.util.TreeSet<>(LanguageReference.KEYWORDS.keySet()));
	}

	@Test
	void referenceListsEveryAliasOfTable3() {
		String doc = reference.render("");
		for (String alias : new String[] { "新收", "上年结转", "予以公开", "国家秘密", "逾期未缴费", "结转下年", "商业企业" }) {
			assertTrue(doc.contains(alias), alias);
		}
	}
}
