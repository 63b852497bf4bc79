package org.report.dsl.site.check;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The check of the installed update site (检查更新站点的安装): with {@code -Dreportdsl.sitecheck=FILE.report}
 * the bare Eclipse copies the file into a project, opens it with the editor the workbench chooses for
 * it, waits for the editor's problem markers, opens Help › Install New Software… and closes it, prints
 * what it saw on standard output (lines starting {@code sitecheck:}: the Install New Software command
 * and its dialog, the content type, the editor, each marker, the state of every bundle) and closes the
 * workbench. {@code site-install-test.sh} judges the lines.
 * Without the property it does nothing. It names none of our bundles' classes: it must run in an
 * Eclipse that does not have them.
 */
public class SiteCheck implements IStartup {

	static final String PROPERTY = "reportdsl.sitecheck";
	/** Help › Install New Software… (安装新软件) of the p2 UI. */
	static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
	/** The problem markers of the ReportDSL editor (声明于 org.report.dsl.ui 的 plugin.xml). */
	static final String MARKER_TYPE = "org.report.dsl.ui.problem";
	static final String PROJECT = "site-check";
	private static final int POLL_MS = 500;
	private static final int WAIT_MS = 60_000;
	private static final int SETTLE_MS = 1500;

	private final PrintStream out = System.out;

	@Override
	public void earlyStartup() {
		String report = System.getProperty(PROPERTY);
		if (report == null || report.isBlank()) {
			return;
		}
		say("started " + uptime() + " ms after the JVM");
		IWorkbench workbench = PlatformUI.getWorkbench();
		IFile file;
		try {
			file = importFile(Path.of(report).toAbsolutePath());
		} catch (Exception e) {
			say("error cannot import " + report + ": " + e);
			workbench.getDisplay().asyncExec(() -> finish(workbench));
			return;
		}
		IContentType type = Platform.getContentTypeManager().findContentTypeFor(file.getName());
		say("content-type " + (type == null ? "none" : type.getId()));
		workbench.getDisplay().asyncExec(() -> open(workbench, file));
	}

	private IFile importFile(Path report) throws CoreException, java.io.IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(report.getFileName().toString());
		try (InputStream in = Files.newInputStream(report)) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		return file;
	}

	private void open(IWorkbench workbench, IFile file) {
		ICommandService commands = workbench.getService(ICommandService.class);
		say("command " + INSTALL_COMMAND + " " + (commands != null && commands.getCommand(INSTALL_COMMAND).isDefined()));
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		try {
			IEditorPart editor = IDE.openEditor(window.getActivePage(), file, true);
			say("editor " + editor.getSite().getId() + " " + editor.getTitle());
			say("opened " + uptime() + " ms after the JVM");
		} catch (Exception e) {
			say("error cannot open " + file.getName() + ": " + e);
			finish(workbench);
			return;
		}
		waitForMarkers(workbench, file, 0);
	}

	/** Polls on the display thread until the editor's markers are there (or a minute has passed). */
	private void waitForMarkers(IWorkbench workbench, IFile file, int waited) {
		Display display = workbench.getDisplay();
		IMarker[] markers = markers(file);
		if (markers.length == 0 && waited < WAIT_MS) {
			display.timerExec(POLL_MS, () -> waitForMarkers(workbench, file, waited + POLL_MS));
			return;
		}
		// a moment more, so that a validation still running adds its markers before they are listed
		display.timerExec(markers.length == 0 ? 0 : SETTLE_MS, () -> {
			IMarker[] settled = markers(file);
			if (settled.length == 0) {
				say("markers none after " + WAIT_MS + " ms");
			}
			for (IMarker m : settled) {
				say("marker " + m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(IMarker.SEVERITY, -1) + " "
						+ m.getAttribute(IMarker.MESSAGE, ""));
			}
			openInstallWizard(workbench);
			finish(workbench);
		});
	}

	/**
	 * Runs Help › Install New Software… as the menu does, names the dialog it opens and closes it again
	 * (the dialog is modal: the command returns once it is closed).
	 */
	private void openInstallWizard(IWorkbench workbench) {
		Shell window = workbench.getActiveWorkbenchWindow().getShell();
		boolean[] returned = { false };
		closeDialog(workbench.getDisplay(), window, returned, 0);
		try {
			workbench.getService(IHandlerService.class).executeCommand(INSTALL_COMMAND, null);
		} catch (Exception e) {
			say("error install wizard: " + e);
		} finally {
			returned[0] = true;
		}
	}

	/** Polls until the command's dialog is the active shell, names it and closes it. */
	private void closeDialog(Display display, Shell window, boolean[] returned, int waited) {
		display.timerExec(POLL_MS, () -> {
			if (returned[0]) {
				say("install-wizard none");
				return;
			}
			Shell dialog = display.getActiveShell();
			if ((dialog == null || dialog == window) && waited < WAIT_MS) {
				closeDialog(display, window, returned, waited + POLL_MS);
				return;
			}
			if (dialog == null || dialog == window) {
				say("install-wizard none after " + WAIT_MS + " ms");
				return;
			}
			// the wizard's first page loads the sites it knows in the background: let it settle
			display.timerExec(SETTLE_MS, () -> {
				say("install-wizard " + dialog.getText());
				dialog.close();
			});
		});
	}

	private IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			say("error markers unreadable: " + e);
			return new IMarker[0];
		}
	}

	private void finish(IWorkbench workbench) {
		for (Bundle b : FrameworkUtil.getBundle(SiteCheck.class).getBundleContext().getBundles()) {
			say("bundle " + b.getSymbolicName() + " " + b.getVersion() + " " + state(b.getState()));
		}
		say("checked " + uptime() + " ms after the JVM");
		say("closing " + workbench.close());
	}

	private static long uptime() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	static String state(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.STARTING -> "STARTING";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.STOPPING -> "STOPPING";
		default -> "UNINSTALLED";
		};
	}

	private void say(String line) {
		out.println("sitecheck: " + line);
		out.flush();
	}
}
