package org.report.dsl.ui.format;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.ui.IEditorPart;

/** {@code org.report.dsl.ui.isReportEditor}: the editor shows a .report file (enables Format). */
public class ReportEditorTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IEditorPart editor && editor.getEditorInput() != null
				&& editor.getEditorInput().getName().endsWith(".report");
	}
}
