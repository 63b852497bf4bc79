package org.report.dsl.ui.validation;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Writes a file's problem markers in a job of their own, so that the parse job is free for the next
 * keystroke while the workspace records them (a workspace operation, much slower than a parse). Only
 * the latest findings are written; older ones still waiting are dropped.
 */
final class MarkerUpdates {

	private record Pending(IFile file, List<Problem> problems, BooleanSupplier current) {
	}

	private final AtomicReference<Pending> pending = new AtomicReference<>();
	private final Job job = new Job("Updating report problem markers") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Pending p = pending.getAndSet(null);
			if (p != null && p.current().getAsBoolean()) {
				try {
					ProblemMarkers.update(p.file(), p.problems(), p.current());
				} catch (CoreException e) {
					ILog.of(MarkerUpdates.class).error("Cannot update the markers of " + p.file(), e);
				}
			}
			return Status.OK_STATUS;
		}
	};

	MarkerUpdates() {
		job.setSystem(true);
		job.setPriority(Job.LONG);
	}

	/** Writes the problems as the file's markers soon, unless newer ones come first or the parse is stale. */
	void update(IFile file, List<Problem> problems, BooleanSupplier current) {
		pending.set(new Pending(file, problems, current));
		job.schedule();
	}

	void cancel() {
		pending.set(null);
		job.cancel();
	}
}
