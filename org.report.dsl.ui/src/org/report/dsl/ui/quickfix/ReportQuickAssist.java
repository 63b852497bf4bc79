package org.report.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;
import org.report.dsl.ui.validation.ProblemAnnotations;

/**
 * Quick fixes (Ctrl+1, or a click on the problem) from the ide's ReportCodeActions: the findings at
 * the caret go to the service as diagnostics, as the language server would send them.
 */
public class ReportQuickAssist implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotations.ProblemAnnotation problem
				&& problem.problem().severity() >= IMarker.SEVERITY_WARNING;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return true;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ParsedReport parsed = ReportModels.current(context.getSourceViewer().getDocument());
		return fixes(parsed, context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** The fixes for the findings at the offset (or on its line), and the assists for the offset. */
	public static List<CodeActionProposal> fixes(ParsedReport parsed, int offset) {
		Document document = parsed.document();
		String uri = parsed.resource().getURI().toString();
		List<Diagnostic> diagnostics = diagnosticsAt(parsed, offset);
		Range caret = new Range(document.getPosition(offset), document.getPosition(offset));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(parsed.resource());
		options.setURI(uri);
		options.setCancelIndicator(() -> false);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), caret,
				new CodeActionContext(diagnostics)));
		List<CodeActionProposal> out = new ArrayList<>();
		for (Either<Command, CodeAction> action : ReportUi.injector().getInstance(ICodeActionService2.class)
				.getCodeActions(options)) {
			CodeAction a = action.getRight();
			if (a != null && a.getEdit() != null && a.getEdit().getChanges() != null) {
				List<TextEdit> edits = a.getEdit().getChanges().get(uri);
				if (edits != null && !edits.isEmpty()) {
					out.add(new CodeActionProposal(a.getTitle(), document, edits));
				}
			}
		}
		return out;
	}

	private static List<Diagnostic> diagnosticsAt(ParsedReport parsed, int offset) {
		List<Diagnostic> at = new ArrayList<>();
		List<Diagnostic> onLine = new ArrayList<>();
		Document document = parsed.document();
		int line = document.getPosition(offset).getLine();
		for (Issue issue : parsed.issues()) {
			if (issue.getOffset() == null || issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int start = issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			Diagnostic d = diagnostic(document, issue, start, end);
			if (start <= offset && offset <= end) {
				at.add(d);
			} else if (d.getRange().getStart().getLine() == line) {
				onLine.add(d);
			}
		}
		return at.isEmpty() ? onLine : at;
	}

	private static Diagnostic diagnostic(Document document, Issue issue, int start, int end) {
		Diagnostic d = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
				issue.getMessage(), switch (issue.getSeverity()) {
				case ERROR -> DiagnosticSeverity.Error;
				case WARNING -> DiagnosticSeverity.Warning;
				default -> DiagnosticSeverity.Information;
				}, "reportdsl", issue.getCode());
		if (issue.getData() != null) {
			d.setData(issue.getData());
		}
		return d;
	}
}
