package org.report.dsl.ui.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/**
 * The editor's problem annotations, put into the viewer's annotation model on the UI thread straight
 * from each parse (no round trip through markers), for every report, in the workspace or not. The
 * problem markers written for the Problems view get annotation types that are not drawn (plugin.xml,
 * org.eclipse.ui.editors.annotationTypes), so each finding shows once; the Generic Editor's annotation
 * hover shows these annotations' messages.
 */
public final class ProblemAnnotations {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** Ours are this subclass, so that only they are replaced. */
	public static final class ProblemAnnotation extends Annotation {
		private final Problem problem;

		ProblemAnnotation(Problem problem) {
			super(type(problem), false, problem.message());
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	private ProblemAnnotations() {
	}

	static void replace(IAnnotationModel model, List<Problem> problems) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof ProblemAnnotation) {
				old.add(a);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Problem p : problems) {
			added.put(new ProblemAnnotation(p), new Position(p.start(), p.end() - p.start()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static String type(Problem p) {
		return switch (p.severity()) {
		case IMarker.SEVERITY_ERROR -> ERROR;
		case IMarker.SEVERITY_WARNING -> WARNING;
		default -> INFO;
		};
	}
}
