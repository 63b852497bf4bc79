package org.report.dsl.ide.codeaction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.format.Rule;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;

/**
 * Code actions: a quick fix for each finding with one obvious repair, keyed by the finding's rule, and
 * the insertion of the conventional parts of section 一.
 */
public class ReportCodeActions implements ICodeActionService2 {

	/** Rule → the fixes that may repair its findings; each decides from the finding whether it applies. */
	private static final Map<Rule, List<QuickFix>> FIXES = new EnumMap<>(Map.of(
			Rule.R1, List.of(new CulpritFix()),
			Rule.R2, List.of(new TotalFix(), new CulpritFix()),
			Rule.R3, List.of(new TotalFix(), new CulpritFix()),
			Rule.R4, List.of(new TotalFix(), new CulpritFix()),
			Rule.S1, List.of(new LabelFix(), new MissingSectionFix()),
			Rule.S2, List.of(new LabelFix(), new DuplicateCellFix()),
			Rule.S4, List.of(new FormatFix())));

	@Inject
	private ReportAnalysis analysis;

	private final MissingPartFix parts = new MissingPartFix();

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getResource() != null) {
			return actions(options, options.getDocument(), options.getResource());
		}
		// Xtext's server passes only the URI: read the document within the current request
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> actions(options, context.getDocument(), context.getResource()));
	}

	private List<Either<Command, CodeAction>> actions(Options options, Document document, Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getContents().isEmpty()
				|| !(xtext.getContents().get(0) instanceof Report report)) {
			return List.of();
		}
		FixContext context = new FixContext(options.getURI(), document, xtext, analysis.of(report));
		List<Either<Command, CodeAction>> result = new ArrayList<>();
		Map<WorkspaceEdit, CodeAction> byEdit = new HashMap<>();
		for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
			for (QuickFix fix : FIXES.getOrDefault(FixContext.rule(d), List.of())) {
				for (CodeAction a : fix.fix(context, d)) {
					CodeAction same = a.getEdit() == null ? null : byEdit.putIfAbsent(a.getEdit(), a);
					if (same == null) {
						result.add(Either.forRight(a));
					} else {
						// one edit repairing two findings (R1 and R3 on the same written total) is offered once
						List<Diagnostic> fixed = new ArrayList<>(same.getDiagnostics() == null ? List.of() : same.getDiagnostics());
						fixed.addAll(a.getDiagnostics() == null ? List.of() : a.getDiagnostics());
						same.setDiagnostics(fixed);
					}
				}
			}
		}
		parts.actions(context, options.getCodeActionParams().getRange()).forEach(a -> result.add(Either.forRight(a)));
		return result;
	}
}
