package org.report.dsl.tests.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.report.dsl.ide.server.ReportServerModule;

import com.google.inject.Module;

/**
 * Base of the editor tests: Xtext's language-server test harness running our server (the module
 * `reportdsl lsp` uses), with helpers that open a document with a cursor marked by 「‸」 and render
 * results as strings to compare whole.
 */
public abstract class LspTest extends AbstractLanguageServerTest {

	/** Marks the cursor in a test document. */
	static final String CURSOR = "‸";

	protected String uri;
	protected String text;
	protected Position cursor;

	public LspTest() {
		super("report");
	}

	@Override
	protected Module getServerModule() {
		return ReportServerModule.create();
	}

	@BeforeEach
	public void start() {
		initialize(params -> {
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			text.setDocumentSymbol(symbols);
			params.getCapabilities().setTextDocument(text);
		});
	}

	/** Waits until the builds that changes started have published their diagnostics. */
	protected void awaitBuild() {
		languageServer.getRequestManager().runRead(cancel -> null).join();
	}

	/** Opens the document (the cursor marker removed) as test.report, or as the given file name. */
	protected void open(String source) {
		openAs("test.report", source);
	}

	protected void openAs(String name, String source) {
		int at = source.indexOf(CURSOR);
		text = source.replace(CURSOR, "");
		cursor = at < 0 ? new Position(0, 0) : position(text, at);
		uri = writeFile(name, text);
		open(uri, text);
	}

	protected TextDocumentIdentifier document() {
		return new TextDocumentIdentifier(uri);
	}

	static Position position(String text, int offset) {
		int line = 0, lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static int offset(String text, Position p) {
		int offset = 0;
		for (int line = 0; line < p.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + p.getCharacter();
	}

	/** The text with the edits applied. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder b = new StringBuilder(text);
		for (TextEdit e : sorted) {
			b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		}
		return b.toString();
	}

	/** 「3:4-3:9」, lines and columns from 1 like the command line prints them. */
	static String range(Range r) {
		return (r.getStart().getLine() + 1) + ":" + (r.getStart().getCharacter() + 1) + "-" + (r.getEnd().getLine() + 1)
				+ ":" + (r.getEnd().getCharacter() + 1);
	}

	/** The text a range covers. */
	String covered(Range r) {
		return text.substring(offset(text, r.getStart()), offset(text, r.getEnd()));
	}

	/** The published diagnostics of the open document: 「ERROR R3 11:19 message」 per line. */
	protected String diagnostics() {
		List<Diagnostic> list = getDiagnostics().getOrDefault(uri, List.of());
		return list.stream().sorted(Comparator.comparingInt((Diagnostic d) -> d.getRange().getStart().getLine())
				.thenComparingInt(d -> d.getRange().getStart().getCharacter()))
				.map(d -> d.getSeverity().name().toUpperCase() + " " + d.getCode().getLeft() + " "
						+ (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1)
						+ " " + d.getMessage().getLeft())
				.collect(Collectors.joining("\n"));
	}
}
