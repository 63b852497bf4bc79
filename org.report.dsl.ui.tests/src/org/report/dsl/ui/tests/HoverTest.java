package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.IInformationControlExtension3;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;
import org.report.dsl.ui.hover.ReportTextHover;

/** Hover on a cell, through the hover the Generic Editor's configuration gives the viewer. */
public class HoverTest {

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	/** The Generic Editor's configuration of the editor (protected; read as the viewer got it). */
	static SourceViewerConfiguration configuration(ITextEditor editor) throws Exception {
		Method m = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
		m.setAccessible(true);
		return (SourceViewerConfiguration) m.invoke(editor);
	}

	/** What the editor's hover shows at the offset: one entry per contributing hover, by its class name. */
	static Map<String, Object> hoversAt(ITextEditor editor, int offset) throws Exception {
		ISourceViewer viewer = Workbench.viewer(editor);
		ITextHover hover = configuration(editor).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
		IRegion region = hover.getHoverRegion(viewer, offset);
		Object info = hover instanceof ITextHoverExtension2 rich ? rich.getHoverInfo2(viewer, region)
				: hover.getHoverInfo(viewer, region);
		Map<String, Object> out = new TreeMap<>();
		if (info instanceof Map<?, ?> several) { // the Generic Editor's composite hover, when several have something
			several.forEach((k, v) -> out.put(k.getClass().getSimpleName(), v));
		} else if (info != null) {
			out.put("one", info);
		}
		return out;
	}

	@Test
	public void aCellShowsItsOfficialLabelsAndTheStateOfItsRules() throws Exception {
		ITextEditor editor = Workbench.openParsed("hover", "hover.report", Samples.TOTALS);
		int cell = Samples.TOTALS.indexOf("自然人 2") + 1;
		assertEquals("""
				表三 一、本年新收政府信息公开申请数量 · 自然人

				值：2（填写）

				勾稽关系：
				- R3 一：✗ 不成立（总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1）
				- R1 自然人：✓ 成立
				- R6 自然人：✓ 成立
				""", hoversAt(editor, cell).get("one"));
	}

	@Test
	public void aWrittenTotalShowsItsAddends() throws Exception {
		ITextEditor editor = Workbench.openParsed("hover", "hover.report", Samples.TOTALS);
		int total = Samples.TOTALS.indexOf("总计 4") + 3;
		Workbench.waitFor("the problem annotations", () -> !EditorTest.errorAnnotations(editor).isEmpty());
		Map<String, Object> hovers = hoversAt(editor, total);
		assertEquals(List.of("AnnotationHoverDelegate", "ReportTextHover"), List.copyOf(hovers.keySet()),
				hovers + ": the total is in error: the Generic Editor's annotation hover shows a finding");
		assertTrue(Set.of("总计：一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1",
				"一：总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1").contains(hovers.get("AnnotationHoverDelegate")),
				"one of the two findings on the cell: " + hovers.get("AnnotationHoverDelegate"));
		String hover = (String) hovers.get("ReportTextHover");
		assertEquals("""
				表三 一、本年新收政府信息公开申请数量 · 总计

				值：4（填写）

				R3 合计 一·总计 4 = 自然人 2 + 商业企业 1（其余为 0）""",
				hover.substring(hover.indexOf("表三 "), hover.indexOf("\n\n勾稽关系")));
	}

	/**
	 * At a wrong total our hover begins with every finding drawn there (the Generic Editor's annotation hover
	 * shows one of them, unwrapped), in the window that wraps: its text widget wraps words (SWT.WRAP), and the text stays
	 * within 300 px where an unwrapped window of it is wider.
	 */
	@Test
	public void theFindingsAtAWrongTotalAreInTheWrappingHover() throws Exception {
		ITextEditor editor = Workbench.openParsed("hover", "hover.report", Samples.TOTALS);
		int total = Samples.TOTALS.indexOf("总计 4") + 3;
		Workbench.waitFor("the problem annotations", () -> EditorTest.errorAnnotations(editor).size() >= 2);
		String hover = (String) hoversAt(editor, total).get("ReportTextHover");
		assertEquals("""
				R1 总计：一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1
				R3 一：总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1

				表三 一、本年新收政府信息公开申请数量 · 总计""", hover.substring(0, hover.indexOf("\n\n值：")));

		Shell shell = Workbench.viewer(editor).getTextWidget().getShell();
		List<Shell> before = List.of(shell.getShells());
		IInformationControl wrapping = new ReportTextHover().getHoverControlCreator().createInformationControl(shell);
		// the hover's window is the shell it added under the editor's
		List<StyledText> texts = new ArrayList<>();
		for (Shell s : shell.getShells()) {
			if (!before.contains(s)) {
				texts.addAll(styledTexts(s));
			}
		}
		try {
			assertEquals(1, texts.size(), texts::toString);
			// made with SWT.WRAP, which StyledText keeps as its word wrap (not among its style bits)
			assertTrue(texts.get(0).getWordWrap(), "the hover's text widget does not wrap");
			assertWrapsWithin300px(shell, wrapping, hover.substring(0, hover.indexOf('\n')));
		} finally {
			wrapping.dispose();
		}
	}

	/**
	 * The text, wider than 300 px in a window that does not wrap, stays within 300 px and the window's
	 * border in {@code wrapping}, on more lines.
	 */
	private static void assertWrapsWithin300px(Shell shell, IInformationControl wrapping, String text) {
		IInformationControl plain = new DefaultInformationControl(shell);
		try {
			for (IInformationControl c : List.of(plain, wrapping)) {
				c.setSizeConstraints(300, 2000);
				c.setInformation(text);
			}
			Point unwrapped = plain.computeSizeHint();
			Point wrapped = wrapping.computeSizeHint();
			assertTrue(unwrapped.x > 300, "the text is wider than the hover: " + unwrapped);
			int trim = ((IInformationControlExtension3) wrapping).computeTrim().width;
			assertTrue(wrapped.x <= 300 + trim, "the hover runs past its right edge: " + wrapped + ", trim " + trim);
			assertTrue(wrapped.y > unwrapped.y, "wrapped onto more lines: " + wrapped + " vs " + unwrapped);
		} finally {
			plain.dispose();
		}
	}

	private static List<StyledText> styledTexts(Composite parent) {
		List<StyledText> out = new ArrayList<>();
		for (Control c : parent.getChildren()) {
			if (c instanceof StyledText text) {
				out.add(text);
			} else if (c instanceof Composite inner) {
				out.addAll(styledTexts(inner));
			}
		}
		return out;
	}

	/**
	 * The hover window of our hover wraps its text at the width it is given: a cell's hover whose rule line
	 * is wider than 300 px stays within 300 px and the window's border (an unwrapped window of the same text is wider), on more lines.
	 */
	@Test
	public void theHoverTextWrapsAtTheHoversWidth() throws Exception {
		ITextEditor editor = Workbench.openParsed("hover", "hover.report", Samples.TOTALS);
		String text = (String) hoversAt(editor, Samples.TOTALS.indexOf("自然人 2") + 1).get("one");
		assertTrue(text != null && text.contains("相差 1"), text);
		Shell shell = Workbench.viewer(editor).getTextWidget().getShell();
		IInformationControl wrapping = new ReportTextHover().getHoverControlCreator().createInformationControl(shell);
		try {
			assertWrapsWithin300px(shell, wrapping, text);
		} finally {
			wrapping.dispose();
		}
		// the window the Generic Editor's hover makes for it (its composite hover asks ours for the creator)
		ISourceViewer viewer = Workbench.viewer(editor);
		ITextHover hover = configuration(editor).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
		IRegion region = hover.getHoverRegion(viewer, Samples.TOTALS.indexOf("自然人 2") + 1);
		Object info = ((ITextHoverExtension2) hover).getHoverInfo2(viewer, region);
		IInformationControl editors = ((ITextHoverExtension) hover).getHoverControlCreator().createInformationControl(shell);
		try {
			editors.setSizeConstraints(300, 2000);
			if (editors instanceof IInformationControlExtension2 input) {
				input.setInput(info);
			} else {
				editors.setInformation(String.valueOf(info));
			}
			Point size = editors.computeSizeHint();
			int trim = ((IInformationControlExtension3) editors).computeTrim().width;
			assertTrue(size.x <= 300 + trim, "the editor's hover runs past its right edge: " + size + ", trim " + trim);
		} finally {
			editors.dispose();
		}
	}
}
