package org.report.dsl.ui.generate;

import org.eclipse.ui.IStartup;

/** Starts generation on save with the workbench (org.eclipse.ui.startup). */
public class GenerationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		GenerateOnSave.start();
	}
}
