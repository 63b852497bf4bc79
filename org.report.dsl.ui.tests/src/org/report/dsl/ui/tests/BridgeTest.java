package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;
import org.report.dsl.ui.completion.Snippets;
import org.report.dsl.ui.model.DocumentSnapshots;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.model.ReportModels;

/** The document → parse bridge: versions, torn reads, and fast typing publishing only current parses. */
public class BridgeTest {

	@Test
	public void everyEditIsOneVersion() throws Exception {
		IDocument document = new Document("年报 甲 2024 格式 2021\n");
		DocumentSnapshots snapshots = new DocumentSnapshots(document);
		document.addDocumentListener(snapshots);
		assertEquals(0, snapshots.version());
		document.replace(0, 0, "//\n");
		document.replace(0, 0, "//\n");
		assertEquals(2, snapshots.version());
		assertEquals(new DocumentSnapshots.Snapshot(2, "//\n//\n年报 甲 2024 格式 2021\n"), snapshots.take().get());
	}

	@Test
	public void noSnapshotWhileAChangeIsUnderWay() {
		IDocument document = new Document("abc");
		DocumentSnapshots snapshots = new DocumentSnapshots(document);
		DocumentEvent event = new DocumentEvent(document, 0, 0, "x");
		snapshots.documentAboutToBeChanged(event);
		assertTrue(snapshots.take().isEmpty());
		snapshots.documentChanged(event);
		assertEquals(1, snapshots.take().get().version());
	}

	@Test
	public void fastTypingPublishesOnlyParsesOfTheCurrentText() throws Exception {
		String text = Workbench.example("pingtan-2022.report");
		IDocument document = new Document(text);
		ReportModel model = ReportModels.connect(document);
		try {
			List<ParsedReport> published = new CopyOnWriteArrayList<>();
			model.addListener(published::add);
			int at = text.indexOf("总计 74") + 3;
			for (int i = 0; i < 30; i++) { // one keystroke each, with the event loop in between
				document.replace(at, 2, i % 2 == 0 ? "75" : "74");
				Workbench.dispatch();
				Workbench.sleep(i % 5);
			}
			Workbench.waitFor("the parse of the last text", () -> model.latest().map(p -> p.version() == model.version()).orElse(false));
			model.join();
			ParsedReport last = published.get(published.size() - 1);
			assertEquals(model.version(), last.version());
			assertEquals(document.get(), last.text());
			for (int i = 1; i < published.size(); i++) {
				assertTrue(published.get(i - 1).version() < published.get(i).version(), "in order");
			}
			assertTrue(published.size() < 30, "debounced: " + published.size() + " parses for 30 edits");
		} finally {
			ReportModels.disconnect(document);
		}
	}

	@Test
	public void snippetsBecomePlainTextWithTheCaretAtTheFirstPlaceholder() {
		assertEquals(new Snippets.Plain("年报 机关名称 2025\n\n", 3), Snippets.toPlain("年报 ${1:机关名称} ${2:2025}\n${3}\n$0"));
	}
}
