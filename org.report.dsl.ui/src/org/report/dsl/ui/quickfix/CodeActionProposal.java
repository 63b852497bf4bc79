package org.report.dsl.ui.quickfix;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.server.Document;
import org.report.dsl.ui.model.LspEdits;

/** A code action of the ide services, applied to the editor's document as one change. */
public record CodeActionProposal(String title, Document parsed, List<TextEdit> edits) implements ICompletionProposal {

	@Override
	public void apply(IDocument document) {
		try {
			LspEdits.apply(document, parsed, edits);
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("Quick fix no longer applies: " + title, e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return title;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
