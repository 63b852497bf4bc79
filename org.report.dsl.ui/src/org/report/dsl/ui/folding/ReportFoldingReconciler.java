package org.report.dsl.ui.folding;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.viewer.ViewerReconciler;

/** Folding from the ide's ReportFolding: sections, parts, tables, narrative, block comments. */
public class ReportFoldingReconciler extends ViewerReconciler {

	@Override
	protected void parsed(ParsedReport parsed) {
		ITextViewer viewer = connection.viewer();
		if (!(viewer instanceof ProjectionViewer projection) || viewer.getTextWidget() == null
				|| viewer.getTextWidget().isDisposed()) {
			return;
		}
		List<Position> wanted = regions(parsed, viewer.getDocument());
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
			if (model != null && connection.isCurrent(parsed)) {
				update(model, wanted);
			}
		});
	}

	/** Whole lines from the first line of each range to its last, ranges of one line left out. */
	public static List<Position> regions(ParsedReport parsed, IDocument document) {
		List<Position> out = new java.util.ArrayList<>();
		for (FoldingRange r : ReportUi.injector().getInstance(IFoldingRangeProvider.class)
				.getFoldingRanges(parsed.resource(), () -> false)) {
			try {
				int first = document.getLineOfOffset(r.getOffset());
				int last = document.getLineOfOffset(Math.min(r.getOffset() + r.getLength(), document.getLength()));
				if (last > first) {
					int start = document.getLineOffset(first);
					int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
					out.add(new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				// the document moved on; the next parse brings the right ranges
			}
		}
		return out;
	}

	/** Keeps the annotations (and their collapsed state) of ranges that stay, replaces the others. */
	private static void update(ProjectionAnnotationModel model, List<Position> wanted) {
		Map<Position, Annotation> existing = new HashMap<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof ProjectionAnnotation) {
				Position p = model.getPosition(a);
				existing.put(new Position(p.getOffset(), p.getLength()), a);
			}
		}
		Map<Annotation, Position> additions = new HashMap<>();
		for (Position p : new java.util.LinkedHashSet<>(wanted)) {
			if (existing.remove(p) == null) {
				additions.put(new ProjectionAnnotation(), p);
			}
		}
		model.modifyAnnotations(existing.values().toArray(Annotation[]::new), additions, null);
	}
}
