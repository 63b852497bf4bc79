package org.report.dsl.ui.workspace;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;

/**
 * Which report files name which as their previous year's report (上年), as their last validation from
 * disk found: a change to the named file re-validates them.
 */
final class PreviousLinks {

	private final Map<IFile, URI> previous = new ConcurrentHashMap<>();

	void record(IFile file, URI target) {
		if (target == null) {
			previous.remove(file);
		} else {
			previous.put(file, target);
		}
	}

	void forget(IFile file) {
		previous.remove(file);
	}

	/** The files whose previous year's report is one of the changed ones. */
	Set<IFile> dependents(Collection<URI> changed) {
		return previous.entrySet().stream().filter(e -> changed.contains(e.getValue())).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
	}
}
