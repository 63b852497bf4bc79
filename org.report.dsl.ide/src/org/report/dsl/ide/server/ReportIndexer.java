package org.report.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * Xtext's indexer, without parsing a file the index has never seen. Xtext's builder parses every
 * changed file twice: once to index it (so that other files can link to it), then again to validate
 * it, when it indexes it once more. A report links to no other file through the index (the language
 * has no cross-references; X1/X2 load the 上年 file by its path), so a new file enters the first
 * pass as an empty entry under its own URI, which is all the affected-file check
 * ({@code PreviousLinkAwareness}) reads, and gets its real entry from the validation pass. The
 * workspace build then parses each report once. A file already indexed (an edit) is indexed as
 * Xtext does, so that what it exported before and now can be compared.
 */
public class ReportIndexer extends Indexer {

	@Override
	protected List<IResourceDescription.Delta> getDeltasForChangedResources(Iterable<URI> affectedUris,
			ResourceDescriptionsData oldIndex, BuildContext context) {
		List<URI> known = new ArrayList<>();
		List<IResourceDescription.Delta> deltas = new ArrayList<>();
		for (URI uri : affectedUris) {
			IResourceServiceProvider language = context.getResourceServiceProvider(uri);
			if (language == null || oldIndex != null && oldIndex.getResourceDescription(uri) != null) {
				known.add(uri);
			} else {
				deltas.add(language.getResourceDescriptionManager().createDelta(null, unparsed(uri)));
			}
		}
		if (!known.isEmpty()) {
			deltas.addAll(super.getDeltasForChangedResources(known, oldIndex, context));
		}
		return deltas;
	}

	/** The index entry of a file not parsed yet: its URI, nothing exported. */
	private static IResourceDescription unparsed(URI uri) {
		SerializableResourceDescription description = new SerializableResourceDescription();
		description.setURI(uri);
		description.setDescriptions(new ArrayList<>());
		description.setReferences(new ArrayList<>());
		description.setImportedNames(new ArrayList<>());
		return description;
	}
}
