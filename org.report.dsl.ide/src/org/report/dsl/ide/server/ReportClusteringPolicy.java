package org.report.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;

/**
 * How many parsed reports a workspace build keeps at once: Xtext's builder loads a cluster of
 * resources, indexes or validates them, then empties the resource set before the next cluster. A
 * fixed count (a full report is about 0.3 MB parsed) keeps the heap flat whatever the size of the
 * folder, where Xtext's memory-driven {@code DynamicResourceClusteringPolicy} fills the heap to 85 %
 * first and then collects at every file.
 */
public class ReportClusteringPolicy implements IResourceClusteringPolicy {

	/** Reports parsed and held at once during a build (报告数). */
	static final int CLUSTER_SIZE = 100;

	@Override
	public boolean continueProcessing(ResourceSet resourceSet, URI next, int alreadyProcessed) {
		return alreadyProcessed < CLUSTER_SIZE || next != null && resourceSet.getResource(next, false) != null;
	}
}
