package org.report.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.jface.text.ITextOperationTarget;
import org.report.dsl.ui.validation.ProblemMarkers;

/** Test helpers on the running workbench: files in a project, editors, waiting on the event loop. */
final class Workbench {

	/** Longest wait for a background result; a wait that ends by timeout fails the test. */
	private static final long PATIENCE_MS = 20_000;

	private Workbench() {
	}

	static String example(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("reportdsl.root", ".."), "examples", name));
	}

	static IFile file(String project, String name, String text) throws CoreException {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
		if (!p.exists()) {
			p.create(null);
		}
		p.open(null);
		IFile file = p.getFile(name);
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, IResource.FORCE, null);
		}
		file.setCharset("UTF-8", null);
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws CoreException {
		return (ITextEditor) IDE.openEditor(page(), file, true);
	}

	/** Writes the file, opens it and waits for the first parse of its model. */
	static ITextEditor openParsed(String project, String name, String text) throws CoreException {
		ITextEditor editor = open(file(project, name, text));
		org.report.dsl.ui.model.ReportModel model = org.report.dsl.ui.model.ReportModels.find(document(editor))
				.orElseThrow();
		waitFor("the first parse of " + name, () -> model.latest().isPresent());
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static void closeAll() {
		page().closeAllEditors(false);
		dispatch();
	}

	/** Runs the event loop until the condition holds; fails when it does not within the patience. */
	static void waitFor(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("gave up waiting for " + what);
			}
			if (!Display.getCurrent().readAndDispatch()) {
				sleep(1);
			}
		}
	}

	static void dispatch() {
		while (Display.getCurrent().readAndDispatch()) {
			// drain
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The file's report markers as "CODE line N", in order of line. */
	static List<String> markers(IFile file) {
		try {
			IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			Arrays.sort(markers, Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.LINE_NUMBER, 0))
					.thenComparing(m -> m.getAttribute(ProblemMarkers.CODE, "")));
			List<String> out = new ArrayList<>();
			for (IMarker m : markers) {
				out.add(m.getAttribute(ProblemMarkers.CODE, "?") + " line " + m.getAttribute(IMarker.LINE_NUMBER, 0));
			}
			return out;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
