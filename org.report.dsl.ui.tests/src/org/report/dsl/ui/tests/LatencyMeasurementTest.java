package org.report.dsl.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.model.ReportModels;

/**
 * Not a timed test: prints how long the editor takes from opening a full report to its first
 * annotations, and from a typed character to refreshed annotations (asserts only that they appear).
 */
public class LatencyMeasurementTest {

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	@Test
	public void openToFirstAnnotationsAndTypingToRefreshedAnnotations() throws Exception {
		String text = Workbench.example("huaian-shizhengfu-2024.report");
		// the largest example, with one total made wrong so that the first annotation is known
		String row = firstTotalRow(text);
		char last = row.charAt(row.length() - 1);
		String wrong = last == '9' ? "8" : "9";
		String planted = text.replace(row, row.substring(0, row.length() - 1) + wrong);
		List<Long> opens = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			IFile file = Workbench.file("measure", "open-" + i + ".report", planted);
			long start = System.nanoTime();
			ITextEditor editor = Workbench.open(file);
			Workbench.waitFor("first annotations", () -> !EditorTest.errorAnnotations(editor).isEmpty());
			opens.add((System.nanoTime() - start) / 1_000_000);
			Workbench.closeAll();
		}
		IFile file = Workbench.file("measure", "typing.report", planted);
		ITextEditor editor = Workbench.open(file);
		Workbench.waitFor("first annotations", () -> !EditorTest.errorAnnotations(editor).isEmpty());
		IDocument document = Workbench.document(editor);
		int at = text.indexOf(row) + row.length() - 1; // the planted text has the same length
		List<Long> typing = new ArrayList<>();
		List<Long> published = new ArrayList<>();
		ReportModel model = ReportModels.find(document).orElseThrow();
		for (int i = 0; i < 20; i++) {
			int before = EditorTest.errorAnnotations(editor).size();
			String now = document.get(at, 1);
			String typed = now.equals(wrong) ? String.valueOf(last) : wrong;
			long start = System.nanoTime();
			document.replace(at, 1, typed);
			long[] parsedAt = { 0 };
			try {
				Workbench.waitFor("refreshed annotations", () -> {
					if (parsedAt[0] == 0 && model.latest().map(p -> p.version() == model.version()).orElse(false)) {
						parsedAt[0] = System.nanoTime();
					}
					return EditorTest.errorAnnotations(editor).size() != before;
				});
			} catch (AssertionError e) {
				throw new AssertionError("keystroke " + i + ": annotations " + EditorTest.errorAnnotations(editor)
						+ ", markers " + Workbench.markers(file) + ", before " + before, e);
			}
			typing.add((System.nanoTime() - start) / 1_000_000);
			published.add(((parsedAt[0] == 0 ? System.nanoTime() : parsedAt[0]) - start) / 1_000_000);
		}
		System.out.println("MEASURE editor open → first annotations (ms, " + planted.length() + " chars): " + summary(opens));
		System.out.println("MEASURE typed character → annotations refreshed (ms): " + summary(typing));
		System.out.println("MEASURE   of which typed character → parse published (as the event loop saw it, ms): " + summary(published));
	}

	private static String firstTotalRow(String text) {
		for (String line : text.lines().toList()) {
			if (line.startsWith("  新收") && Character.isDigit(line.charAt(line.length() - 1))) {
				return line;
			}
		}
		throw new IllegalStateException("no 新收 row");
	}

	private static String summary(List<Long> ms) {
		List<Long> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		return "median " + sorted.get(sorted.size() / 2) + ", p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
				+ ", max " + sorted.get(sorted.size() - 1) + " (n=" + sorted.size() + ") " + ms;
	}
}
