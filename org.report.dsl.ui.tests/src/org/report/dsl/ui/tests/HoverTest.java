package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;

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

				R3 合计 一·总计 4 = 自然人 2 + 商业企业 1（其余为 0）""", hover.substring(0, hover.indexOf("\n\n勾稽关系")));
	}
}
