package org.report.dsl.benchmarks;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.report.dsl.ide.server.ReportServerLauncher;
import org.report.dsl.synthetic.SyntheticReports;

/**
 * Measures the language server as an editor uses it, over JSON-RPC on piped streams (the same server
 * `reportdsl lsp` starts): latency from a one-character edit of a full report to its diagnostics,
 * completion and hover latency (p50/p95/max after warm-up), and the heap with 100 full reports open.
 * Not a test: it prints numbers.
 *
 * <pre>java -Xmx256m -cp org.report.dsl.benchmarks/target/benchmarks.jar org.report.dsl.benchmarks.LanguageServerHarness [iterations]</pre>
 */
public final class LanguageServerHarness {

	private final Map<String, BlockingQueue<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
	private LanguageServer server;

	public static void main(String[] args) throws Exception {
		int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		new LanguageServerHarness().run(iterations);
		System.exit(0);
	}

	private void run(int iterations) throws Exception {
		Path workspace = Files.createTempDirectory("reportdsl-lsp-bench");
		connect();
		InitializeParams init = new InitializeParams();
		init.setRootUri(workspace.toUri().toString());
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get();
		server.initialized(new InitializedParams());

		SyntheticReports generator = new SyntheticReports();
		String text = generator.generate(1, 4500, 0).source();
		String uri = open(workspace, "full.report", text);
		System.out.printf(Locale.ROOT, "full report: %d characters, %d lines%n", text.length(), text.lines().count());

		int cellLine = lineOf(text, "  新收：");
		int cellColumn = text.lines().toList().get(cellLine).indexOf('：') + 2;
		int narrativeLine = lineOf(text, "本机关坚持") >= 0 ? lineOf(text, "本机关坚持") : 5;
		List<Long> diagnostics = new ArrayList<>();
		int version = 1;
		for (int i = 0; i < iterations * 2; i++) {
			boolean cell = i % 2 == 0;
			Range where = cell ? range(cellLine, cellColumn) : range(narrativeLine, 0);
			String replacement = cell ? Integer.toString(i % 10) : (i % 4 == 1 ? "本" : "全");
			long t0 = System.nanoTime();
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(where, replacement))));
			awaitDiagnostics(uri);
			if (i >= iterations) {
				diagnostics.add(System.nanoTime() - t0);
			}
		}
		report("diagnostics after a one-character edit (cell and narrative edits alternating)", diagnostics);

		String[] lines = currentText(text).split("\n", -1);
		// Every row of a full report is written, so completion is measured where it always has work:
		// inside the narrative reference {三.新收.总计}, after 「{」 (tables), 「{三.」 (rows) and 「{三.新收.」 (columns).
		int refLine = lineOf(text, "{三.新收.总计}");
		int refColumn = lines[refLine].indexOf("{三.新收.总计}");
		List<Position> completionSites = List.of(new Position(refLine, refColumn + 1), new Position(refLine, refColumn + 3),
				new Position(refLine, refColumn + 6));
		List<Long> completion = time(iterations, i -> server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), completionSites.get(i % 3))).get());
		report("completion (in a reference: table, row, column)", completion);
		for (Position site : completionSites) {
			var items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), site)).get();
			System.out.printf(Locale.ROOT, "  completion at %d:%d offers %d items%n", site.getLine() + 1, site.getCharacter() + 1,
					items.isLeft() ? items.getLeft().size() : items.getRight().getItems().size());
		}
		List<Position> hoverSites = List.of(new Position(cellLine, cellColumn), new Position(cellLine, 3),
				new Position(lineOf(text, "{三.新收.总计}"), lines[lineOf(text, "{三.新收.总计}")].indexOf("{三.新收.总计}") + 2));
		List<Long> hover = time(iterations, i -> server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), hoverSites.get(i % 3))).get());
		report("hover (cell value, row label, reference)", hover);
		for (Position site : hoverSites) {
			var h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), site)).get();
			System.out.printf(Locale.ROOT, "  hover at %d:%d: %s%n", site.getLine() + 1, site.getCharacter() + 1,
					h == null ? "none" : h.getContents().getRight().getValue().lines().findFirst().orElse(""));
		}

		List<String> others = new ArrayList<>();
		for (int i = 0; i < 99; i++) {
			others.add(open(workspace, String.format("r%03d.report", i), generator.generate(100 + i, 4500, i % 3).source()));
		}
		for (String u : others) {
			awaitDiagnosticsAtLeastOnce(u);
		}
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(200);
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf(Locale.ROOT, "heap used with %d full reports open, after GC: %.1f MB (max heap %.0f MB)%n",
				published.size(), used / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
	}

	private interface Request {
		Object run(int i) throws Exception;
	}

	private static List<Long> time(int iterations, Request request) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < iterations * 2; i++) {
			long t0 = System.nanoTime();
			request.run(i);
			if (i >= iterations) {
				times.add(System.nanoTime() - t0);
			}
		}
		return times;
	}

	private void connect() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 20), clientIn = new PipedInputStream(1 << 20);
		PipedOutputStream toServer = new PipedOutputStream(serverIn), toClient = new PipedOutputStream(clientIn);
		ReportServerLauncher.launch(serverIn, toClient);
		var launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	private String open(Path workspace, String name, String text) throws IOException {
		Path file = workspace.resolve(name);
		Files.writeString(file, text);
		String uri = file.toUri().toString();
		published.computeIfAbsent(uri, k -> new LinkedBlockingQueue<>());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "report", 1, text)));
		return uri;
	}

	private void awaitDiagnostics(String uri) throws InterruptedException {
		if (published.get(uri).poll(30, TimeUnit.SECONDS) == null) {
			throw new IllegalStateException("no diagnostics for " + uri);
		}
	}

	private void awaitDiagnosticsAtLeastOnce(String uri) throws InterruptedException {
		awaitDiagnostics(uri);
		published.get(uri).clear();
	}

	private static String currentText(String text) {
		return text; // edits replace single characters in place: line structure is unchanged
	}

	private static int lineOf(String text, String needle) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i;
			}
		}
		return -1;
	}

	private static Range range(int line, int column) {
		return new Range(new Position(line, column), new Position(line, column + 1));
	}

	private static void report(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.size(),
				ms(sorted, 0.50), ms(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double ms(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}

	/** Records diagnostics per document; the harness waits on them. */
	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams d) {
			published.computeIfAbsent(d.getUri(), k -> new LinkedBlockingQueue<>()).add(d);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
