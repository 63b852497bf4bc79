package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;

/** With the caret on a cell or on a reference to it, the cell and its references are marked. */
public class OccurrencesTest {

	private static final String TYPE = "org.eclipse.ui.genericeditor.text";

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	/** The texts under the occurrence annotations, in document order. */
	private static List<String> marked(ITextEditor editor) {
		IAnnotationModel model = Workbench.viewer(editor).getAnnotationModel();
		IDocument document = Workbench.document(editor);
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (TYPE.equals(a.getType())) {
				positions.add(model.getPosition(a));
			}
		}
		positions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		List<String> out = new ArrayList<>();
		for (Position p : positions) {
			try {
				out.add(document.get(p.getOffset(), p.getLength()));
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		}
		return out;
	}

	private static List<String> caretAt(ITextEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		Workbench.waitFor("occurrences", () -> !marked(editor).isEmpty());
		return marked(editor);
	}

	@Test
	public void caretOnAWrittenCellMarksItAndItsReference() throws Exception {
		ITextEditor editor = Workbench.openParsed("occurrences", "occurrences.report", Samples.TOTALS);
		assertEquals(List.of("{三.新收.总计}", "总计 4"), caretAt(editor, Samples.TOTALS.indexOf("总计 4") + 4));
	}

	@Test
	public void caretOnAReferenceMarksTheCellAndTheReference() throws Exception {
		ITextEditor editor = Workbench.openParsed("occurrences", "occurrences.report", Samples.TOTALS);
		assertEquals(List.of("{三.新收.总计}", "总计 4"), caretAt(editor, Samples.TOTALS.indexOf("{三.新收.总计}") + 5));
	}

	@Test
	public void caretOnAnOmittedTotalsReferenceMarksOnlyTheReference() throws Exception {
		ITextEditor editor = Workbench.openParsed("occurrences", "occurrences.report", Samples.TOTALS);
		assertEquals(List.of("{三.予以公开.总计}"), caretAt(editor, Samples.TOTALS.indexOf("{三.予以公开.总计}") + 5));
	}
}
