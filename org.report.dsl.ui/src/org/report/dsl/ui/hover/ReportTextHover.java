package org.report.dsl.ui.hover;

import java.util.List;

import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
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
import org.report.dsl.ui.validation.ProblemAnnotations;

/**
 * Hovers from the ide's ReportHoverService (a cell's label and rules, a total's sum, a reference's value),
 * after the messages of the findings drawn there, in a hover whose text wraps at its width (a long rule line
 * or finding would otherwise run past the right edge).
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

	/**
	 * The findings drawn where the mouse is (their messages, wrapped here: the Generic Editor's own annotation
	 * hover shows one of them on a line that does not wrap), then the cell's hover.
	 */
	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> findings = viewer instanceof ISourceViewer source && source.getAnnotationModel() != null
				? ProblemAnnotations.messagesAt(source.getAnnotationModel(), region.getOffset())
				: List.of();
		String cell = text(ReportModels.current(viewer.getDocument()), region.getOffset());
		if (findings.isEmpty()) {
			return cell;
		}
		String problems = String.join("\n", findings);
		return cell == null ? problems : problems + "\n\n" + cell;
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
