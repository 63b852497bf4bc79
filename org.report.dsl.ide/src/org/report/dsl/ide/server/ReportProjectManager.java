package org.report.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.ISourceFolder;

import com.google.inject.Inject;

/**
 * Xtext's project (one workspace folder), built in clusters: Xtext's ProjectManager builds without
 * clustering, so its one resource set ends up holding the parsed model of every report of the folder
 * (5,000 full reports: 1.7 GB). Here the builder empties the resource set after every
 * {@link ReportClusteringPolicy#CLUSTER_SIZE} reports, and after the workspace build only the open
 * documents stay parsed: for the other files the server keeps their index entry (what they export)
 * and has published their findings, nothing more. A file asked about later is parsed again on
 * demand. The workspace build is split in two: {@link #scan} (on initialize: the file list, skipped
 * links logged) and {@link #buildScanned} (after initialized, with progress).
 */
public class ReportProjectManager extends ProjectManager {

	@Inject
	private IResourceClusteringPolicy clustering;

	@Inject
	private WorkspaceProgress progress;

	private List<URI> scanned = List.of();

	/** Lists the reports of the project's source folders for {@link #buildScanned}. */
	public void scan() {
		List<URI> files = new ArrayList<>();
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			for (URI file : folder.getAllResources(fileSystemScanner)) {
				IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(file);
				if (language != null && language.canHandle(file)) { // reports only: what the build counts
					files.add(file);
				}
			}
		}
		scanned = files;
	}

	/** How many files {@link #scan} found and {@link #buildScanned} has yet to build. */
	public int scannedFiles() {
		return scanned.size();
	}

	/** Builds the files {@link #scan} found, then releases every parsed model but the open documents'. */
	public IncrementalBuilder.Result buildScanned(CancelIndicator cancelIndicator) {
		List<URI> files = scanned;
		scanned = List.of();
		IncrementalBuilder.Result result = doBuild(files, List.of(), List.of(), cancelIndicator);
		releaseClosedModels();
		return result;
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		// As Xtext's doBuild, with the clustering policy (the request's resource set is this project's one).
		BuildRequest request = newBuildRequest(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		IncrementalBuilder.Result result = incrementalBuilder.build(request, languagesRegistry::getResourceServiceProvider,
				clustering);
		setIndexState(result.getIndexState());
		getIndexProvider().get().put(getProjectDescription().getName(), result.getIndexState().getResourceDescriptions());
		return result;
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			boolean proceed = publish.afterValidate(uri, issues);
			progress.checked();
			return proceed;
		});
		return request;
	}

	/** Drops the parsed models of files that are not open (the last cluster of a build). */
	private void releaseClosedModels() {
		XtextResourceSet resources = getResourceSet();
		if (resources == null) {
			return;
		}
		boolean deliver = resources.eDeliver();
		try {
			resources.eSetDeliver(false);
			resources.getResources().removeIf(r -> !getOpenedDocumentsContentProvider().hasContent(r.getURI()));
		} finally {
			resources.eSetDeliver(deliver);
		}
	}
}
