package org.report.dsl.ui.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.viewer.ViewerReconciler;

/**
 * Validation as you type: each parse's findings go at once to the editor as annotations (on the UI
 * thread), then to the file's problem markers for the Problems view (in a job of their own, reports
 * in the workspace only). A stale parse is dropped.
 */
public class ValidationReconciler extends ViewerReconciler {

	private final MarkerUpdates markers = new MarkerUpdates();

	@Override
	protected void uninstalled() {
		markers.cancel();
	}

	@Override
	protected void parsed(ParsedReport parsed) {
		ReportModel model = connection.model();
		if (model == null || !connection.isCurrent(parsed)) {
			return;
		}
		List<Problem> problems = Problem.of(parsed.issues());
		annotate(parsed, problems);
		IFile file = model.file();
		if (file != null) {
			markers.update(file, problems, () -> connection.isCurrent(parsed));
		}
	}

	private void annotate(ParsedReport parsed, List<Problem> problems) {
		ITextViewer viewer = connection.viewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			if (connection.isCurrent(parsed) && viewer instanceof ISourceViewer source) {
				IAnnotationModel annotations = source.getAnnotationModel();
				if (annotations != null) {
					ProblemAnnotations.replace(annotations, problems);
				}
			}
		});
	}
}
