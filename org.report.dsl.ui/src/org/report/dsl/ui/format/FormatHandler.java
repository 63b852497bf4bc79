package org.report.dsl.ui.format;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.report.dsl.ui.model.LspEdits;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;

/** Format (Ctrl+Shift+F) in a report editor: one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor) || !editor.isEditable()) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ParsedReport parsed = ReportModels.current(document);
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			LspEdits.apply(document, parsed.document(), Formatting.edits(parsed));
		} catch (BadLocationException e) {
			throw new ExecutionException("Format failed", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
		return null;
	}
}
