package org.report.dsl.ui.completion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.LspEdits;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;

/**
 * Content assist from the ide's ReportContentAssist: keywords, headings, rows, columns and references
 * in context, matched on the label or its pinyin (typing {@code xs} offers 新收).
 */
public class ReportCompletionProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		ParsedReport parsed = ReportModels.current(viewer.getDocument());
		return proposals(parsed, offset).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at the offset of the parsed text. */
	public static List<ICompletionProposal> proposals(ParsedReport parsed, int offset) {
		Document document = parsed.document();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()),
				document.getPosition(offset));
		CompletionList list = ReportUi.injector().getInstance(ContentAssistService.class)
				.createCompletionList(document, parsed.resource(), params, () -> false);
		List<ICompletionProposal> out = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			if (item.getTextEdit() == null || !item.getTextEdit().isLeft()) {
				continue;
			}
			TextEdit edit = item.getTextEdit().getLeft();
			int[] range = LspEdits.offsets(document, edit.getRange());
			Snippets.Plain text = item.getInsertTextFormat() == InsertTextFormat.Snippet
					? Snippets.toPlain(edit.getNewText())
					: new Snippets.Plain(edit.getNewText(), edit.getNewText().length());
			String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
					: item.getLabel() + " — " + item.getDetail();
			String info = item.getDocumentation() == null ? null
					: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
							: item.getDocumentation().getRight().getValue();
			out.add(new CompletionProposal(text.text(), range[0], range[1] - range[0], text.caret(), null, display, null,
					info));
		}
		return out;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '{', '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
