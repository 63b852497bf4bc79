package org.report.dsl.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.model.ReportModels;

/** The Outline view for a report editor, refreshed with every parse; selecting a node reveals it. */
public class ReportOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Consumer<ParsedReport> listener = this::parsed;
	private ReportModel model;
	private volatile boolean revealing;

	public ReportOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new Symbols());
		tree.setLabelProvider(LabelProvider.createTextProvider(o -> OutlineSymbols.label((DocumentSymbol) o)));
		tree.setAutoExpandLevel(2);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		model = ReportModels.connect(document);
		model.addListener(listener);
	}

	private void parsed(ParsedReport parsed) {
		List<DocumentSymbol> symbols = OutlineSymbols.of(parsed);
		TreeViewer tree = getTreeViewer();
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		tree.getControl().getDisplay().asyncExec(() -> {
			if (!tree.getControl().isDisposed() && model != null && model.version() == parsed.version()) {
				Object[] expanded = tree.getExpandedElements();
				tree.setInput(symbols);
				if (expanded.length == 0) {
					tree.expandToLevel(2);
				}
			}
		});
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol d
				&& model != null && !revealing) {
			ParsedReport parsed = model.current();
			int offset = parsed.document().getOffSet(d.getSelectionRange().getStart());
			int end = parsed.document().getOffSet(d.getSelectionRange().getEnd());
			editor.selectAndReveal(offset, end - offset);
		}
	}

	@Override
	public void dispose() {
		if (model != null) {
			model.removeListener(listener);
			ReportModels.disconnect(model.document());
			model = null;
		}
		super.dispose();
	}

	private static final class Symbols implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
