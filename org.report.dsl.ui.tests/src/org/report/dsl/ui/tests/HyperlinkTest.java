package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;

/**
 * Ctrl+click / F3 on a narrative reference, through the detectors the Generic Editor's configuration
 * gives the viewer (so the detector's registration for the Generic Editor is tested too).
 */
public class HyperlinkTest {

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	/** Opens the one link at the offset and returns the text it selects. */
	private static String follow(ITextEditor editor, int offset) throws Exception {
		ISourceViewer viewer = Workbench.viewer(editor);
		List<IHyperlink> links = new ArrayList<>();
		for (IHyperlinkDetector d : HoverTest.configuration(editor).getHyperlinkDetectors(viewer)) {
			IHyperlink[] found = d.detectHyperlinks(viewer, new Region(offset, 0), false);
			if (found != null) {
				links.addAll(List.of(found));
			}
		}
		assertEquals(List.of("转到定义"), links.stream().map(IHyperlink::getHyperlinkText).toList());
		links.get(0).open();
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
	}

	@Test
	public void aReferenceToAWrittenTotalGoesToItsCell() throws Exception {
		ITextEditor editor = Workbench.openParsed("links", "links.report", Samples.TOTALS);
		assertEquals("总计 4", follow(editor, Samples.TOTALS.indexOf("{三.新收.总计}") + 4));
	}

	@Test
	public void aReferenceToAnOmittedTotalGoesToItsRow() throws Exception {
		ITextEditor editor = Workbench.openParsed("links", "links.report", Samples.TOTALS);
		assertEquals("予以公开 自然人 2 商业企业 1", follow(editor, Samples.TOTALS.indexOf("{三.予以公开.总计}") + 4));
	}
}
