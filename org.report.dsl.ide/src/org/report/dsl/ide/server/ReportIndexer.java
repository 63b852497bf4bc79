package org.report.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/** Xtext's indexer, counting each report indexed (索引) for the workspace build's progress. */
public class ReportIndexer extends Indexer {

	@Inject
	private WorkspaceProgress progress;

	@Override
	protected IResourceDescription.Delta addToIndex(Resource resource, boolean isPreIndexing, ResourceDescriptionsData oldIndex,
			BuildContext context) {
		IResourceDescription.Delta delta = super.addToIndex(resource, isPreIndexing, oldIndex, context);
		progress.indexed();
		return delta;
	}
}
