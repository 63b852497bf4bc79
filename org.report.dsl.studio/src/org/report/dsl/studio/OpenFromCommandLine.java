package org.report.dsl.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the {@code .report} file named on Report Studio's command line (the start script passes it
 * through as an application argument). The file's folder becomes a project, so that markers, the
 * previous year's report and rendering next to the file all work as in the workspace.
 */
public class OpenFromCommandLine implements IStartup {

	@Override
	public void earlyStartup() {
		Optional<Path> file = reportArgument(Platform.getApplicationArgs());
		if (file.isEmpty()) {
			return;
		}
		IFile resource;
		try {
			resource = new FolderProjects().fileFor(file.get());
		} catch (CoreException e) {
			ILog.of(getClass()).error("Report Studio: cannot open " + file.get(), e);
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> open(workbench, resource));
	}

	private void open(IWorkbench workbench, IFile file) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		if (window == null) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			IDE.openEditor(page, file, true);
			SmokeRun.afterOpen(workbench, file);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Report Studio: cannot open " + file, e);
		}
	}

	/** The first argument that names an existing {@code .report} file. */
	static Optional<Path> reportArgument(String[] args) {
		return Arrays.stream(args).filter(a -> a.endsWith(".report")).map(a -> Path.of(a).toAbsolutePath().normalize())
				.filter(Files::isRegularFile).findFirst();
	}
}
