package org.report.dsl.ui.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.report.dsl.text.LineWrap;
import org.report.dsl.validation.CulpritData;

/**
 * The editor's problem annotations, put into the viewer's annotation model on the UI thread straight
 * from each parse (no round trip through markers), for every report, in the workspace or not. The
 * problem markers written for the Problems view get annotation types that are not drawn (plugin.xml,
 * org.eclipse.ui.editors.annotationTypes), so each finding shows once; the Generic Editor's annotation
 * hover and the ruler's hover show these annotations' messages, broken into lines of {@link #HOVER_COLUMNS}. A failing 勾稽关系's likely wrong cell (the cell the failing
 * relations share, carried in the finding's data as {@link CulpritData}) gets an information annotation of
 * its own, so that the cell that was actually changed is marked too, not only the totals.
 */
public final class ProblemAnnotations {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/**
	 * The width of an annotation's text, in display columns (a Chinese character takes two): the Generic
	 * Editor's annotation hover and the ruler's hover show it on lines they do not wrap, in a window at most
	 * 100 average characters wide, so the text is broken into lines here.
	 */
	static final int HOVER_COLUMNS = 80;

	/** Ours are this subclass, so that only they are replaced. */
	public static final class ProblemAnnotation extends Annotation {
		private final Problem problem;

		ProblemAnnotation(Problem problem) {
			super(type(problem), false, LineWrap.wrap(problem.message(), HOVER_COLUMNS));
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/**
	 * The likely culprit of one or more failing relations (可能出错的单元格), drawn as information on the
	 * cell; its text is the culprit's message, then the findings that point at it.
	 */
	public static final class RelatedCellAnnotation extends Annotation {
		private final String message;

		RelatedCellAnnotation(String message) {
			super(INFO, false, LineWrap.wrap(message, HOVER_COLUMNS));
			this.message = message;
		}

		/** The text as one line per finding (the annotation's own text is broken to the hover's width). */
		public String message() {
			return message;
		}
	}

	private ProblemAnnotations() {
	}

	static void replace(IAnnotationModel model, List<Problem> problems) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof ProblemAnnotation || a instanceof RelatedCellAnnotation) {
				old.add(a);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		// one annotation per culprit cell, naming every finding that points at it
		Map<Position, String> culpritMessage = new LinkedHashMap<>();
		Map<Position, List<String>> pointing = new HashMap<>();
		for (Problem p : problems) {
			added.put(new ProblemAnnotation(p), new Position(p.start(), p.end() - p.start()));
			CulpritData culprit = p.data() == null ? null : CulpritData.of(p.data().split("\n", -1));
			if (culprit != null) {
				Position at = new Position(culprit.offset(), culprit.length());
				culpritMessage.putIfAbsent(at, culprit.message());
				pointing.computeIfAbsent(at, k -> new ArrayList<>()).add(p.code() + " " + p.message());
			}
		}
		culpritMessage.forEach((at, message) -> added.put(
				new RelatedCellAnnotation(message + "\n" + String.join("\n", pointing.get(at))), at));
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	/**
	 * The findings drawn at an offset (the problem annotations whose range holds it, and a likely wrong
	 * cell's), for the editor's own hover: each as its code and message (not broken into lines: that hover
	 * wraps at its own width), errors first, then by place. The Generic Editor's annotation hover shows only
	 * one of them.
	 */
	public static List<String> messagesAt(IAnnotationModel model, int offset) {
		record At(int severity, int offset, String text) {
		}
		List<At> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			Position p = model.getPosition(a);
			boolean here = p != null && !p.isDeleted() && p.getOffset() <= offset
					&& (offset < p.getOffset() + p.getLength() || p.getLength() == 0 && offset == p.getOffset());
			if (here && a instanceof ProblemAnnotation problem) {
				found.add(new At(problem.problem().severity(), p.getOffset(),
						problem.problem().code() + " " + problem.problem().message()));
			} else if (here && a instanceof RelatedCellAnnotation cell) {
				found.add(new At(IMarker.SEVERITY_INFO, p.getOffset(), cell.message()));
			}
		}
		found.sort(java.util.Comparator.comparingInt(At::severity).reversed().thenComparingInt(At::offset)
				.thenComparing(At::text));
		return found.stream().map(At::text).distinct().toList();
	}

	private static String type(Problem p) {
		return switch (p.severity()) {
		case IMarker.SEVERITY_ERROR -> ERROR;
		case IMarker.SEVERITY_WARNING -> WARNING;
		default -> INFO;
		};
	}
}
