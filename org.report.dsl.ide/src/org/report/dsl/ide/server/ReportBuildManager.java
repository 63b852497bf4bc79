package org.report.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's build manager, with the first workspace build held back: Xtext builds the whole folder
 * inside the initialize request, where the server may not yet ask the client for a progress token
 * (LSP: no server request before the initialize result) and every finding waits in memory until
 * `initialized`. Here initialize only scans the folders; {@link #buildScanned} builds them once the
 * client has sent `initialized`. Folders added later are built at once, as Xtext does.
 */
public class ReportBuildManager extends BuildManager {

	private WorkspaceManager workspace;
	private boolean started;
	private final List<ReportProjectManager> scanned = new ArrayList<>();

	@Override
	public void setWorkspaceManager(WorkspaceManager workspaceManager) {
		super.setWorkspaceManager(workspaceManager);
		workspace = workspaceManager;
	}

	@Override
	public List<IResourceDescription.Delta> doInitialBuild(List<ProjectDescription> projects, CancelIndicator indicator) {
		if (started) {
			return super.doInitialBuild(projects, indicator);
		}
		for (ProjectDescription project : sortByDependencies(projects)) {
			ReportProjectManager manager = (ReportProjectManager) workspace.getProjectManager(project.getName());
			manager.scan();
			scanned.add(manager);
		}
		return List.of();
	}

	/** How many files the held-back build will index and check. */
	public int scannedFiles() {
		return scanned.stream().mapToInt(ReportProjectManager::scannedFiles).sum();
	}

	/** Runs the held-back workspace build (once); later workspace folders are built when added. */
	public List<IResourceDescription.Delta> buildScanned(CancelIndicator indicator) {
		started = true;
		List<IResourceDescription.Delta> deltas = new ArrayList<>();
		for (ReportProjectManager manager : scanned) {
			deltas.addAll(manager.buildScanned(indicator));
		}
		scanned.clear();
		return deltas;
	}
}
