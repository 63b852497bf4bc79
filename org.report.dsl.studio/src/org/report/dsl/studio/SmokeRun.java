package org.report.dsl.studio;

import java.io.PrintStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/**
 * The smoke test's hook: with {@code -Dreportstudio.smoke=<png>}, once the file given on the command
 * line is open, wait a moment for validation, write a screenshot of the window, report the editor and
 * the markers on standard output, and close the workbench normally.
 */
final class SmokeRun {

	private static final int SETTLE_MS = 3000;

	private SmokeRun() {
	}

	static void afterOpen(IWorkbench workbench, IFile file) {
		String png = System.getProperty("reportstudio.smoke");
		if (png == null || png.isBlank()) {
			return;
		}
		Display display = workbench.getDisplay();
		display.timerExec(SETTLE_MS, () -> {
			PrintStream out = System.out;
			Shell shell = workbench.getActiveWorkbenchWindow().getShell();
			out.println("smoke: window " + shell.getText());
			out.println("smoke: editor " + workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getTitle());
			try {
				for (IMarker m : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
					out.println("smoke: marker " + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
							+ m.getAttribute(IMarker.MESSAGE, ""));
				}
			} catch (CoreException e) {
				out.println("smoke: markers unreadable " + e);
			}
			screenshot(display, shell, png);
			out.println("smoke: screenshot " + png);
			out.println("smoke: closing " + workbench.close());
		});
	}

	private static void screenshot(Display display, Shell shell, String png) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png, SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
