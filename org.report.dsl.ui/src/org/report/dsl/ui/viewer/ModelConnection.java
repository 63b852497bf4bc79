package org.report.dsl.ui.viewer;

import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.model.ReportModels;

/**
 * Keeps one listener connected to the model of whatever document a viewer shows: the Generic Editor
 * installs its parts before it sets the document, and may set another one later.
 */
public final class ModelConnection implements ITextInputListener {

	private final Consumer<ParsedReport> listener;
	private ITextViewer viewer;
	private ReportModel model;

	public ModelConnection(Consumer<ParsedReport> listener) {
		this.listener = listener;
	}

	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		connect(viewer.getDocument());
	}

	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
			disconnect();
			viewer = null;
		}
	}

	public ITextViewer viewer() {
		return viewer;
	}

	/** The model connected now, or null. */
	public ReportModel model() {
		return model;
	}

	/** Whether the parse is of the text the viewer shows now. */
	public boolean isCurrent(ParsedReport parsed) {
		ReportModel m = model;
		return m != null && m.version() == parsed.version();
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	private void connect(IDocument document) {
		if (document != null && model == null) {
			model = ReportModels.connect(document);
			model.addListener(listener);
		}
	}

	private void disconnect() {
		if (model != null) {
			model.removeListener(listener);
			ReportModels.disconnect(model.document());
			model = null;
		}
	}
}
