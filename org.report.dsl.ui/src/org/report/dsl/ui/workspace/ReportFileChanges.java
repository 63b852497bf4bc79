package org.report.dsl.ui.workspace;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.report.dsl.ui.model.PreviousReportChanges;

/**
 * Queues for {@link WorkspaceValidation} the report files a workspace change added, removed or
 * rewrote (the delta read as for open models, {@link PreviousReportChanges}), and the projects it
 * opened (whose files the delta does not list).
 */
final class ReportFileChanges implements IResourceChangeListener {

	private final WorkspaceValidation validation;

	ReportFileChanges(WorkspaceValidation validation) {
		this.validation = validation;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IFile> changed = PreviousReportChanges.changedReportFiles(delta);
		if (!changed.isEmpty()) {
			validation.changed(changed);
		}
		for (IResourceDelta child : delta.getAffectedChildren(IResourceDelta.CHANGED)) {
			if ((child.getFlags() & IResourceDelta.OPEN) != 0 && child.getResource() instanceof IProject project
					&& project.isOpen()) {
				validation.scan(project);
			}
		}
	}
}
