package org.report.dsl.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.LspEdits;
import org.report.dsl.ui.model.ParsedReport;

/** Go to definition and same-file references, through the ide's ReportNavigation. */
public final class Navigation {

	/** A target: a file URI and a range in it (offsets when the target is this document). */
	public record Target(String uri, int start, int end, int line) {
	}

	private Navigation() {
	}

	public static List<Target> definitions(ParsedReport parsed, int offset) {
		Document document = parsed.document();
		String uri = parsed.resource().getURI().toString();
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(uri), document.getPosition(offset));
		List<? extends Location> locations = service().getDefinitions(document, parsed.resource(), params, null,
				() -> false);
		return targets(parsed, locations);
	}

	/** The cell at the offset and every reference to it in this report (occurrences). */
	public static List<Target> occurrences(ParsedReport parsed, int offset) {
		Document document = parsed.document();
		String uri = parsed.resource().getURI().toString();
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri), document.getPosition(offset),
				new ReferenceContext(true));
		List<? extends Location> locations;
		try {
			locations = service().getReferences(document, parsed.resource(), params, null, null, () -> false);
		} catch (RuntimeException e) {
			return List.of(); // the report itself: references from other files need the index we do not keep
		}
		return targets(parsed, locations).stream().filter(t -> t.uri().equals(uri)).toList();
	}

	private static List<Target> targets(ParsedReport parsed, List<? extends Location> locations) {
		String self = parsed.resource().getURI().toString();
		List<Target> out = new ArrayList<>();
		for (Location l : locations) {
			if (l.getUri().equals(self)) {
				int[] at = LspEdits.offsets(parsed.document(), l.getRange());
				out.add(new Target(l.getUri(), at[0], at[1], l.getRange().getStart().getLine()));
			} else {
				out.add(new Target(l.getUri(), -1, -1, l.getRange().getStart().getLine()));
			}
		}
		return out;
	}

	private static DocumentSymbolService service() {
		return ReportUi.injector().getInstance(DocumentSymbolService.class);
	}
}
