package org.report.dsl.ui.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.reportDsl.Report;

/**
 * Re-validates the open reports whose previous year's report (上年) was saved, added, deleted or
 * moved in the workspace: their X1/X2 checks read that file from disk. Each model has its own parse,
 * so the runtime's index (PreviousLinkAwareness) does not reach them.
 */
public final class PreviousReportChanges implements IResourceChangeListener {

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<URI> changed = changedReports(event.getDelta());
		if (!changed.isEmpty()) {
			affected(ReportModels.all(), changed).forEach(ReportModel::schedule);
		}
	}

	/** The models whose last parse names one of the changed files as its previous report. */
	static List<ReportModel> affected(Collection<ReportModel> models, Set<URI> changed) {
		return models.stream().filter(m -> m.latest().map(ParsedReport::report).map(PreviousLink::target)
				.filter(changed::contains).isPresent()).toList();
	}

	/** The file URIs (as the bridge names reports) of the .report files whose content changed. */
	static Set<URI> changedReports(IResourceDelta delta) {
		Set<URI> out = new HashSet<>();
		for (IFile file : changedReportFiles(delta)) {
			if (file.getLocation() != null) {
				out.add(uriOf(file));
			}
		}
		return out;
	}

	/** The .report files added, removed or whose content changed (workspace validation reads the same delta). */
	public static Set<IFile> changedReportFiles(IResourceDelta delta) {
		Set<IFile> out = new HashSet<>();
		try {
			delta.accept(d -> {
				IResource r = d.getResource();
				if (r instanceof IFile file && "report".equals(file.getFileExtension())
						&& (d.getKind() != IResourceDelta.CHANGED
								|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					out.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			throw new IllegalStateException("visiting a delta in memory cannot fail", e);
		}
		return out;
	}

	/** The URI a report file has in its parse (that its dependents' 上年 links resolve to). */
	public static URI uriOf(IFile file) {
		return URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
	}
}
