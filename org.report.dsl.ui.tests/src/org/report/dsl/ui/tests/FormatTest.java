package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Format Report: the command aligns table cells and leaves narrative alone; Ctrl+Shift+F runs it. */
public class FormatTest {

	private static final String COMMAND = "org.report.dsl.ui.format";

	private static final String MESSY = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{   新收 自然人 71   商业企业 3
			上年结转：1 0 0 0 0 0 1    // 上年
			    予以公开 自然人  21 商业企业   3
			  部分公开：12 0 0 0 0 0 12
			   结转下年度 自然人 0 }
			""";

	private static final String FORMATTED = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{
			  新收       自然人 71 商业企业 3
			  上年结转：    1 0 0 0 0 0  1    // 上年
			    予以公开   自然人 21 商业企业 3
			  部分公开：   12 0 0 0 0 0 12
			  结转下年度 自然人 0
			}
			""";

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	@Test
	public void theCommandAlignsTablesAndLeavesNarrative() throws Exception {
		ITextEditor editor = Workbench.openParsed("format", "messy.report", MESSY);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		assertEquals(FORMATTED, Workbench.document(editor).get());
		assertTrue(editor.isDirty());
	}

	@Test
	public void formattingIsIdempotent() throws Exception {
		ITextEditor editor = Workbench.openParsed("format", "formatted.report", FORMATTED);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		assertEquals(FORMATTED, Workbench.document(editor).get());
	}

	@Test
	public void ctrlShiftFIsBoundInTheGenericEditorAndActiveInAReportEditor() throws Exception {
		Workbench.openParsed("format", "messy.report", MESSY);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> declared = new ArrayList<>();
		for (Binding b : bindings.getBindings()) {
			if (b.getParameterizedCommand() != null && COMMAND.equals(b.getParameterizedCommand().getId())) {
				declared.add(b.getContextId() + " " + b.getSchemeId() + " " + b.getTriggerSequence().format());
			}
		}
		String ctrlShiftF = KeySequence.getInstance("M1+M2+F").format();
		assertEquals(List.of("org.eclipse.ui.genericeditor.genericEditorContext org.eclipse.ui.defaultAcceleratorConfiguration "
				+ ctrlShiftF), declared);
		List<String> active = new ArrayList<>();
		for (TriggerSequence t : bindings.getActiveBindingsFor(COMMAND)) {
			active.add(t.format());
		}
		assertEquals(List.of(ctrlShiftF), active);
	}
}
