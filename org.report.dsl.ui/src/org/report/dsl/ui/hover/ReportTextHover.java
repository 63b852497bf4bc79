package org.report.dsl.ui.hover;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;

/** Hovers from the ide's ReportHoverService (a cell's label and rules, a total's sum, a reference's value). */
public class ReportTextHover implements ITextHover {

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
