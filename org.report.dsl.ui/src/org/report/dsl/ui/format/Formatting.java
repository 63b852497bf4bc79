package org.report.dsl.ui.format;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;

/** The edits of the ide's TableFormatter for a whole report (aligns table cells; narrative untouched). */
public final class Formatting {

	private Formatting() {
	}

	public static List<? extends TextEdit> edits(ParsedReport parsed) {
		DocumentFormattingParams params = new DocumentFormattingParams(
				new TextDocumentIdentifier(parsed.resource().getURI().toString()), new FormattingOptions(2, true));
		return ReportUi.injector().getInstance(FormattingService.class).format(parsed.document(), parsed.resource(),
				params, () -> false);
	}
}
