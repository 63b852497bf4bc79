package org.report.dsl.ui.render;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Render (on .report files in the explorer, or the report in the editor): writes next to each file. A
 * file that is not UTF-8 text is refused with an error (shown in a dialog), as the command line
 * refuses it.
 */
public class RenderHandler extends AbstractHandler {

	/** The job family of the render job (for waiting until its documents are written). */
	public static final Object FAMILY = RenderHandler.class;

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> files = selectedReports(event);
		WorkspaceJob job = new WorkspaceJob("Render reports") {
			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}

			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<String> notes = new ArrayList<>();
				boolean refused = false;
				for (IFile file : files) {
					Rendering.Result r = Rendering.render(file, monitor);
					if (r.unreadable() != null) {
						notes.add(file.getName() + ": " + r.unreadable().message() + "，未生成文档");
						refused = true;
					} else if (r.errors() > 0) {
						notes.add(file.getName() + ": " + r.errors() + " 个错误，只生成审阅页");
					}
				}
				String message = String.join("\n", notes);
				return notes.isEmpty() ? Status.OK_STATUS : refused ? Status.error(message) : Status.warning(message);
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static List<IFile> selectedReports(ExecutionEvent event) {
		List<IFile> out = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				IFile f = o instanceof IFile file ? file : org.eclipse.core.runtime.Adapters.adapt(o, IFile.class);
				if (f != null && "report".equals(f.getFileExtension())) {
					out.add(f);
				}
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (out.isEmpty() && editor != null) {
			IFile f = editor.getEditorInput().getAdapter(IFile.class);
			if (f != null && "report".equals(f.getFileExtension())) {
				out.add(f);
			}
		}
		return out;
	}
}
