package org.report.dsl.ui.highlighting;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.viewer.ModelConnection;

/**
 * Syntax and semantic highlighting in one: the styles come from the last parse (see
 * {@link HighlightRanges}); a new parse repaints the whole document, an edit repaints its lines with the
 * styles known so far until the parse that follows it.
 */
public class ReportPresentationReconciler extends PresentationReconciler {

	private final ModelConnection connection = new ModelConnection(this::parsed);
	private volatile List<StyleRange> styles = List.of();
	private ITextViewer viewer;

	public ReportPresentationReconciler() {
		Lines lines = new Lines();
		setDamager(lines, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(lines, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer;
		connection.install(textViewer);
	}

	@Override
	public void uninstall() {
		connection.uninstall();
		super.uninstall();
	}

	private void parsed(ParsedReport parsed) {
		List<StyleRange> computed = HighlightRanges.styles(HighlightRanges.tokens(parsed));
		ITextViewer v = viewer;
		if (v == null || v.getTextWidget() == null || v.getTextWidget().isDisposed()) {
			return;
		}
		Display display = v.getTextWidget().getDisplay();
		display.asyncExec(() -> {
			if (connection.isCurrent(parsed) && !v.getTextWidget().isDisposed()) {
				styles = computed;
				v.invalidateTextPresentation();
			}
		});
	}

	/** Damage: the lines an edit touched; repair: the known styles inside the damaged region. */
	private final class Lines implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;

		@Override
		public void setDocument(IDocument doc) {
			document = doc;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			try {
				int start = document.getLineOffset(document.getLineOfOffset(event.getOffset()));
				int endOffset = event.getOffset() + (event.getText() == null ? 0 : event.getText().length());
				IRegion endLine = document.getLineInformationOfOffset(Math.min(endOffset, document.getLength()));
				return new Region(start, endLine.getOffset() + endLine.getLength() - start);
			} catch (BadLocationException e) {
				return partition;
			}
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			int from = damage.getOffset();
			int to = from + damage.getLength();
			int length = document == null ? 0 : document.getLength();
			presentation.setDefaultStyleRange(new StyleRange(from, damage.getLength(), null, null));
			for (StyleRange s : styles) {
				int start = Math.max(s.start, from);
				int end = Math.min(s.start + s.length, Math.min(to, length));
				if (end > start) {
					StyleRange clipped = (StyleRange) s.clone();
					clipped.start = start;
					clipped.length = end - start;
					presentation.mergeStyleRange(clipped);
				}
			}
		}
	}
}
