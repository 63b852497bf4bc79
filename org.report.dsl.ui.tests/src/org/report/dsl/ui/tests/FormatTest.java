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
import org.report.dsl.tests.ide.Samples;

/** Format Report: the command aligns table cells and leaves narrative alone; Ctrl+Shift+F runs it. */
public class FormatTest {

	private static final String COMMAND = "org.report.dsl.ui.format";

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	@Test
	public void theCommandAlignsTablesAndLeavesNarrative() throws Exception {
		ITextEditor editor = Workbench.openParsed("format", "messy.report", Samples.MESSY);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		assertEquals(Samples.FORMATTED, Workbench.document(editor).get());
		assertTrue(editor.isDirty());
	}

	@Test
	public void formattingIsIdempotent() throws Exception {
		ITextEditor editor = Workbench.openParsed("format", "formatted.report", Samples.FORMATTED);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		assertEquals(Samples.FORMATTED, Workbench.document(editor).get());
	}

	@Test
	public void ctrlShiftFIsBoundInTheGenericEditorAndActiveInAReportEditor() throws Exception {
		Workbench.openParsed("format", "messy.report", Samples.MESSY);
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
