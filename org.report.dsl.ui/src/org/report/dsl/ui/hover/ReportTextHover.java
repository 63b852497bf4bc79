package org.report.dsl.ui.hover;

import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;

/**
 * Hovers from the ide's ReportHoverService (a cell's label and rules, a total's sum, a reference's value), in a
 * hover whose text wraps at its width (a long rule line would otherwise run past the right edge).
 */
public class ReportTextHover implements ITextHover, ITextHoverExtension {

	/** The hover's window: plain text, wrapped at the width the hover manager allows. */
	public static final IInformationControlCreator WRAPPING = new AbstractReusableInformationControlCreator() {
		@SuppressWarnings("deprecation") // the one constructor that takes the text's style (SWT.WRAP)
		@Override
		protected IInformationControl doCreateInformationControl(Shell parent) {
			return new DefaultInformationControl(parent, SWT.WRAP, null, EditorsUI.getTooltipAffordanceString());
		}
	};

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return WRAPPING;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return text(ReportModels.current(viewer.getDocument()), region.getOffset());
	}

	/** The hover text at the offset, as plain text, or null. */
	public static String text(ParsedReport parsed, int offset) {
		Document document = parsed.document();
		HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()),
				document.getPosition(offset));
		Hover hover = ReportUi.injector().getInstance(IHoverService.class).hover(document, parsed.resource(), params,
				() -> false);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		String markdown = hover.getContents().getRight().getValue();
		return markdown == null || markdown.isBlank() ? null : markdown.replace("`", "").replace("**", "");
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
