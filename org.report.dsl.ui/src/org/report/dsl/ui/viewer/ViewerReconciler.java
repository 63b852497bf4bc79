package org.report.dsl.ui.viewer;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.report.dsl.ui.model.ParsedReport;

/**
 * The shape of each part the Generic Editor installs as a reconciler (validation, folding, occurrences):
 * it follows the viewer's document model and is told about each new parse.
 */
public abstract class ViewerReconciler implements IReconciler {

	protected final ModelConnection connection = new ModelConnection(this::parsed);

	@Override
	public void install(ITextViewer textViewer) {
		connection.install(textViewer);
		installed(textViewer);
	}

	@Override
	public void uninstall() {
		uninstalled();
		connection.uninstall();
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	protected void installed(ITextViewer viewer) {
	}

	protected void uninstalled() {
	}

	/** A new parse, on a background thread; check {@code connection.isCurrent} before showing it. */
	protected abstract void parsed(ParsedReport parsed);
}
