package org.report.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Generic Editor has no extension point for an outline; it asks the adapter manager, and for a
 * .report file this factory answers with the report's outline page.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getEditorInput() != null && editor.getEditorInput().getName().endsWith(".report")) {
			return adapterType.cast(new ReportOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
