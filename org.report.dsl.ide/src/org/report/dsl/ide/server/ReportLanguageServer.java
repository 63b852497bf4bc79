package org.report.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.ide.diagnostics.RelatedCells;
import org.report.dsl.ide.inlay.InlayHints;

import com.google.inject.Inject;

/** Xtext's language server, plus textDocument/inlayHint for the values of omitted totals. */
public class ReportLanguageServer extends LanguageServerImpl {

	@Inject
	private UriExtensions uris;

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		// Positions count UTF-16 code units, as Xtext's document does (LSP 3.17).
		capabilities.setPositionEncoding("utf-16");
		capabilities.setInlayHintProvider(Either.forLeft(Boolean.TRUE));
		// 「{」 opens a narrative reference; 「.」 and 「．」 separate its parts.
		capabilities.getCompletionProvider().setTriggerCharacters(List.of("{", ".", "．"));
		return capabilities;
	}

	/** Xtext's diagnostic, with the likely wrong cell of a failing 勾稽关系 as related information. */
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		URI problem = issue.getUriToProblem();
		return RelatedCells.add(diagnostic, issue, problem == null ? null : uris.toUriString(problem.trimFragment()));
	}

	@Override
	public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
		URI uri = uris.toUri(params.getTextDocument().getUri());
		return getRequestManager().runRead(cancel -> {
			InlayHints hints = getService(uri, InlayHints.class);
			if (hints == null) {
				return List.of();
			}
			return getWorkspaceManager().doRead(uri,
					(document, resource) -> hints.compute(document, resource, params.getRange(), cancel));
		});
	}
}
