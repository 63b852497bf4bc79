package org.report.dsl.ui.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.report.dsl.ui.model.PreviousReportChanges;
import org.report.dsl.ui.model.ReportModels;
import org.report.dsl.ui.validation.ProblemMarkers;

/**
 * Problem markers for every report file in the workspace, open in an editor or not. Files that were
 * added or changed on disk, files whose previous year's report (上年) changed, and at start every
 * report in the workspace, are queued; one background job validates the queue from disk and writes
 * the markers (marker-only workspace operations). Files open in a report editor are left to their
 * editor's model; when their last editor closes they are validated from disk again.
 */
public final class WorkspaceValidation extends Job {

	/** The job family, to wait for it (tests) or cancel it. */
	public static final Object FAMILY = WorkspaceValidation.class;

	/** How long a burst of changes may go on before the job runs, so that it handles them at once. */
	private static final long DELAY_MS = 200;

	private static WorkspaceValidation running;

	private final Set<IContainer> scans = ConcurrentHashMap.newKeySet();
	private final Set<IFile> files = ConcurrentHashMap.newKeySet();
	private final Set<URI> changedReports = ConcurrentHashMap.newKeySet();
	private final PreviousLinks links = new PreviousLinks();
	private final ReportFileChanges listener = new ReportFileChanges(this);
	private final Consumer<IFile> closed = file -> changed(List.of(file));
	private FileFindings findings;

	private WorkspaceValidation() {
		super("Validating reports");
		setPriority(Job.BUILD);
	}

	/** Starts validating the workspace's reports (once; later calls do nothing) with a scan of them all. */
	public static synchronized void start() {
		if (running != null) {
			return;
		}
		running = new WorkspaceValidation();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.addResourceChangeListener(running.listener, IResourceChangeEvent.POST_CHANGE);
		ReportModels.addClosedListener(running.closed);
		running.scan(workspace.getRoot());
	}

	public static synchronized boolean started() {
		return running != null;
	}

	/** Stops listening and cancels the job; markers stay as they are. */
	public static synchronized void stop() {
		if (running != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(running.listener);
			ReportModels.removeClosedListener(running.closed);
			running.cancel();
			running = null;
		}
	}

	/** Validates every report under the container again (the workspace root: all of them). */
	public static synchronized void rescan(IContainer container) {
		if (running != null) {
			running.scan(container);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	void scan(IContainer container) {
		scans.add(container);
		schedule(DELAY_MS);
	}

	/** Report files added, changed or removed: they and the reports naming them as 上年 are validated again. */
	void changed(Collection<IFile> reports) {
		for (IFile file : reports) {
			files.add(file);
			if (file.getLocation() != null) {
				changedReports.add(PreviousReportChanges.uriOf(file));
			}
		}
		schedule(DELAY_MS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Set<IFile> queue = new HashSet<>(drain(files));
		for (IContainer container : drain(scans)) {
			queue.addAll(reportsIn(container));
		}
		queue.addAll(links.dependents(drain(changedReports)));
		if (findings == null) {
			findings = new FileFindings();
		}
		SubMonitor progress = SubMonitor.convert(monitor, getName(), queue.size());
		for (Iterator<IFile> it = queue.iterator(); it.hasNext();) {
			if (progress.isCanceled()) {
				it.forEachRemaining(files::add); // for the next run, if any
				return Status.CANCEL_STATUS;
			}
			IFile file = it.next();
			progress.subTask(file.getFullPath().toString());
			validate(file, monitor);
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	private void validate(IFile file, IProgressMonitor monitor) {
		if (!file.exists()) {
			links.forget(file); // its markers went with it
			return;
		}
		if (ReportModels.isOpen(file)) {
			return;
		}
		try {
			FileFindings.Findings found = findings.of(file, monitor::isCanceled);
			if (monitor.isCanceled()) {
				files.add(file);
				return;
			}
			links.record(file, found.previous());
			ProblemMarkers.update(file, found.problems(), () -> !ReportModels.isOpen(file) && !monitor.isCanceled());
		} catch (CoreException | RuntimeException e) {
			if (monitor.isCanceled()) {
				files.add(file); // the parse stopped for the cancel
			} else {
				ILog.of(WorkspaceValidation.class).error("Cannot validate " + file.getFullPath(), e);
			}
		}
	}

	private static <T> List<T> drain(Set<T> pending) {
		List<T> out = new ArrayList<>();
		for (Iterator<T> it = pending.iterator(); it.hasNext();) {
			out.add(it.next());
			it.remove();
		}
		return out;
	}

	/** The .report files in the container's accessible projects and folders. */
	private static List<IFile> reportsIn(IContainer container) {
		List<IFile> out = new ArrayList<>();
		if (!container.isAccessible()) {
			return out;
		}
		try {
			container.accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".report")) {
					out.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			ILog.of(WorkspaceValidation.class).error("Cannot list the reports in " + container.getFullPath(), e);
		}
		return out;
	}
}
