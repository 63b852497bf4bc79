package org.report.dsl.ui.occurrences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.text.ITextSelection;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.navigation.Navigation;
import org.report.dsl.ui.viewer.ViewerReconciler;

/**
 * Occurrences: with the caret on a cell or a reference, the cell and every reference to it in the
 * narrative are marked (the Generic Editor's text-occurrence annotation).
 */
public class OccurrencesReconciler extends ViewerReconciler implements ISelectionChangedListener {

	static final String TYPE = "org.eclipse.ui.genericeditor.text";

	@Override
	protected void installed(ITextViewer viewer) {
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(this);
		}
	}

	@Override
	protected void uninstalled() {
		ITextViewer viewer = connection.viewer();
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(this);
		}
	}

	@Override
	protected void parsed(ParsedReport parsed) {
		// occurrences follow the caret, read against the parse current at that moment
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		ReportModel model = connection.model();
		ITextViewer viewer = connection.viewer();
		if (model == null || !(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null
				|| !(event.getSelection() instanceof ITextSelection selection)) {
			return;
		}
		ParsedReport parsed = model.latest().filter(p -> p.version() == model.version()).orElse(null);
		List<Position> positions = new ArrayList<>();
		if (parsed != null) {
			for (Navigation.Target t : Navigation.occurrences(parsed, selection.getOffset())) {
				positions.add(new Position(t.start(), t.end() - t.start()));
			}
		}
		replace(source.getAnnotationModel(), positions);
	}

	private static void replace(IAnnotationModel model, List<Position> positions) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (TYPE.equals(a.getType())) {
				old.add(a);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		positions.forEach(p -> added.put(new Annotation(TYPE, false, "引用"), p));
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		}
	}
}
