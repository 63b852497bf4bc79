package org.report.dsl.ide;

import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.report.dsl.ide.codeaction.ReportCodeActions;
import org.report.dsl.ide.completion.ReportContentAssist;
import org.report.dsl.ide.folding.ReportFolding;
import org.report.dsl.ide.formatting.TableFormatter;
import org.report.dsl.ide.highlighting.ReportHighlighter;
import org.report.dsl.ide.hover.ReportHoverService;
import org.report.dsl.ide.references.ReportNavigation;
import org.report.dsl.ide.rename.LabelRename;
import org.report.dsl.ide.symbols.ReportOutline;

/**
 * The editor services of ReportDSL, shared by the language server and the Eclipse editor: one
 * package per feature, all reading labels from the format definition. Only overrides are listed.
 * (Inlay hints, which Xtext does not serve, are org.report.dsl.ide.inlay.InlayHints, created as
 * needed; semantic-token encoding is bound in the server module.)
 */
public class ReportDslIdeModule extends AbstractReportDslIdeModule {

	/** Completion: keywords, headings, rows, columns, references; pinyin matching; new-report skeleton. */
	public Class<? extends ContentAssistService> bindContentAssistService() {
		return ReportContentAssist.class;
	}

	/** Semantic highlighting: headings, labels, numbers, totals, narrative, references, cells in error. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ReportHighlighter.class;
	}

	/** Hover: a cell's official label, value and rules; a total's sum; a reference's value. */
	public Class<? extends IHoverService> bindIHoverService() {
		return ReportHoverService.class;
	}

	/** Quick fixes keyed by issue code: wrong total, label variant, missing section or part, duplicate cell. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ReportCodeActions.class;
	}

	/** Outline: sections, parts, tables and rows. */
	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return ReportOutline.class;
	}

	/** Go to definition and find references: narrative references and the 上年 link. */
	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return ReportNavigation.class;
	}

	/** Folding: sections, parts, tables, narrative, block comments. */
	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return ReportFolding.class;
	}

	/** Formatting: aligns table cells; never touches narrative. */
	public Class<? extends FormattingService> bindFormattingService() {
		return TableFormatter.class;
	}

	/** Rename: another name of the same row or column, in tables and references alike. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return LabelRename.class;
	}
}
