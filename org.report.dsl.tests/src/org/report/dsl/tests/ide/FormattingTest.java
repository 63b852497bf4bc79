package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.junit.jupiter.api.Test;

/** Formatting aligns table cells, is idempotent and never changes narrative or comments. */
public class FormattingTest extends LspTest {

	private String format(String source) throws Exception {
		open(source);
		var edits = languageServer.formatting(new DocumentFormattingParams(document(), new FormattingOptions(2, true))).get();
		return apply(text, edits);
	}

	@Test
	public void alignsTableCells() throws Exception {
		assertEquals(Samples.FORMATTED, format(Samples.MESSY));
	}

	@Test
	public void idempotent() throws Exception {
		assertEquals(Samples.FORMATTED, format(Samples.FORMATTED));
	}
}
