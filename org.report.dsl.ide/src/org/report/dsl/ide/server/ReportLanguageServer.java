package org.report.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.ide.diagnostics.RelatedCells;
import org.report.dsl.ide.inlay.InlayHints;

import com.google.inject.Inject;

/**
 * Xtext's language server, plus textDocument/inlayHint for the values of omitted totals. The
 * workspace is built after `initialized` (initialize answers at once), with $/progress for a client
 * that announces window.workDoneProgress.
 */
public class ReportLanguageServer extends LanguageServerImpl {

	private static final Logger LOG = Logger.getLogger(ReportLanguageServer.class.getName());

	@Inject
	private UriExtensions uris;

	@Inject
	private WorkspaceProgress progress;

	private LanguageClient client;
	private boolean clientShowsProgress;

	@Override
	public void connect(LanguageClient languageClient) {
		super.connect(languageClient);
		client = languageClient;
	}

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		WindowClientCapabilities window = params == null || params.getCapabilities() == null ? null
				: params.getCapabilities().getWindow();
		clientShowsProgress = window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
		return super.initialize(params);
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		getRequestManager().runWrite(() -> {
			buildWorkspace();
			return null;
		}, (cancelIndicator, nothing) -> nothing).exceptionally(failure -> {
			LOG.warning("工作区索引失败：" + failure.getMessage());
			return null;
		});
	}

	/** Indexes and checks every report of the workspace (工作区), publishing diagnostics file by file. */
	private void buildWorkspace() {
		ReportWorkspaceManager workspace = (ReportWorkspaceManager) getWorkspaceManager();
		int files = workspace.scannedFiles();
		boolean shown = clientShowsProgress && files > 0 && progress.begin(client, files);
		try {
			workspace.buildScanned(CancelIndicator.NullImpl);
		} finally {
			if (shown) {
				progress.end();
			}
		}
	}

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

	/**
	 * Content assist that outlives the next keystroke: Xtext cancels it when the document changes before it
	 * is answered, and it is then asked again, up to three times ({@link AskedAgain}).
	 */
	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		return AskedAgain.whenCancelledByTheServer(() -> super.completion(params), 3);
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
