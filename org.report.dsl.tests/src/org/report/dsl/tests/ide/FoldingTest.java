package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.junit.jupiter.api.Test;

/** Folding ranges (lines from 1): sections, tables, narrative. */
public class FoldingTest extends LspTest {

	@Test
	public void sectionsTablesNarrative() throws Exception {
		open(Samples.TOTALS + "/* 说明\n   第二行 */\n");
		String ranges = languageServer.foldingRange(new FoldingRangeRequestParams(document())).get().stream()
				.map(r -> (r.getStartLine() + 1) + "-" + (r.getEndLine() + 1) + (r.getKind() == null ? "" : " " + r.getKind()))
				.collect(Collectors.joining("\n"));
		assertEquals("""
				2-5
				3-5
				6-7
				8-13
				9-13
				14-15
				16-19
				17-19
				20-23
				21-23
				24-25 comment""", ranges);
	}
}
