package org.report.dsl.ui.workspace;

import org.eclipse.ui.IStartup;

/** Starts the workspace's report validation with the workbench (org.eclipse.ui.startup). */
public class ValidationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		WorkspaceValidation.start();
	}
}
