package org.report.dsl.ui.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * The parsed form of one open document, kept current while the user types: every change restarts a
 * short delay, then a background job parses and validates the text it read and publishes the result
 * to the listeners, unless the document changed meanwhile (the newer change has scheduled the job
 * again). Listeners run on the job's thread and must themselves check the version before they show
 * anything in the UI.
 */
public final class ReportModel {

	/** How long typing must pause before a reparse: short enough for fresh annotations within 100 ms. */
	static final long DELAY_MS = 30;

	private final IDocument document;
	private final URI uri;
	private final IFile file;
	private final DocumentSnapshots snapshots;
	private final ReportParsing parsing = new ReportParsing();
	private final List<Consumer<ParsedReport>> listeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private volatile ParsedReport latest;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};

	ReportModel(IDocument document, URI uri, IFile file) {
		this.document = document;
		this.uri = uri;
		this.file = file;
		this.snapshots = new DocumentSnapshots(document);
		this.job = new Job("Validating " + uri.lastSegment()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				reconcile(monitor);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		document.addDocumentListener(snapshots);
		document.addDocumentListener(changes);
	}

	public IDocument document() {
		return document;
	}

	/** The workspace file, or null for a file outside the workspace. */
	public IFile file() {
		return file;
	}

	public URI uri() {
		return uri;
	}

	/** The document's version now (one more with every change). */
	public long version() {
		return snapshots.version();
	}

	/** The last published parse, if any (it may be older than the text). */
	public Optional<ParsedReport> latest() {
		return Optional.ofNullable(latest);
	}

	/**
	 * A parse of the text as it is now: the published one when current, else a fresh one (not
	 * published). For features the user invokes (completion, hover, quick fix) on the UI thread.
	 */
	public ParsedReport current() {
		ParsedReport last = latest;
		if (last != null && last.version() == version()) {
			return last;
		}
		return parsing.parse(version(), document.get(), uri, () -> false);
	}

	/** Calls the listener with every published parse, starting with the last one if there is one. */
	public void addListener(Consumer<ParsedReport> listener) {
		listeners.add(listener);
		ParsedReport last = latest;
		if (last != null) {
			listener.accept(last);
		}
	}

	public void removeListener(Consumer<ParsedReport> listener) {
		listeners.remove(listener);
	}

	/** Reparses after the usual delay (a change, a save, or the previous year's report changed). */
	public void schedule() {
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Waits for a scheduled reparse to finish (tests and the measuring harness). */
	public void join() throws InterruptedException {
		job.join();
	}

	void dispose() {
		document.removeDocumentListener(changes);
		document.removeDocumentListener(snapshots);
		job.cancel();
		listeners.clear();
	}

	private void reconcile(IProgressMonitor monitor) {
		Optional<DocumentSnapshots.Snapshot> snapshot = snapshots.take();
		if (snapshot.isEmpty()) {
			return; // a change is under way: it schedules the job again
		}
		long version = snapshot.get().version();
		ParsedReport parsed = parsing.parse(version, snapshot.get().text(), uri,
				() -> monitor.isCanceled() || version() != version);
		if (monitor.isCanceled() || version() != version) {
			return;
		}
		latest = parsed;
		for (Consumer<ParsedReport> listener : listeners) {
			if (version() != version) {
				return;
			}
			listener.accept(parsed);
		}
	}
}
