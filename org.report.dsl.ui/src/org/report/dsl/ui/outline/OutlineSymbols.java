package org.report.dsl.ui.outline;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;

/** The outline's tree from the ide's ReportOutline: sections, parts, tables and their rows. */
public final class OutlineSymbols {

	private OutlineSymbols() {
	}

	public static List<DocumentSymbol> of(ParsedReport parsed) {
		DocumentSymbolParams params = new DocumentSymbolParams(
				new TextDocumentIdentifier(parsed.resource().getURI().toString()));
		return ReportUi.injector().getInstance(HierarchicalDocumentSymbolService.class).getSymbols(parsed.document(),
				parsed.resource(), params, () -> false);
	}

	/** How a symbol reads in the tree: its name, and its official wording when it differs. */
	public static String label(DocumentSymbol symbol) {
		return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
				: symbol.getName() + "  (" + symbol.getDetail() + ")";
	}
}
