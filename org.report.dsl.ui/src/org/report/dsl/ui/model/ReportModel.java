package org.report.dsl.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The parsed form of one open document, kept current while the user types: every change restarts a
 * short delay, then a background thread ({@link Reparsing}) parses and validates the text it read and
 * publishes the result to the listeners, unless the document changed meanwhile (the newer change has
 * scheduled a reparse again). Listeners run on that thread and must themselves check the version before they show
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
	/** The scheduled or running reparse (guarded by this). */
	private ScheduledFuture<?> scheduled;
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
		return parse(version(), document.get(), () -> false);
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
	public synchronized void schedule() {
		if (scheduled != null) {
			scheduled.cancel(false); // a running parse finishes; its result is dropped if the text moved on
		}
		scheduled = Reparsing.schedule(this::reconcile, DELAY_MS);
	}

	/** Waits for the scheduled reparse, and any scheduled meanwhile, to finish (tests and the measuring harness). */
	public void join() throws InterruptedException {
		while (true) {
			Future<?> waited;
			synchronized (this) {
				waited = scheduled;
			}
			if (waited == null) {
				return;
			}
			try {
				waited.get();
			} catch (CancellationException e) {
				// replaced by a newer one
			} catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
			synchronized (this) {
				if (scheduled == waited) {
					return;
				}
			}
		}
	}

	void dispose() {
		document.removeDocumentListener(changes);
		document.removeDocumentListener(snapshots);
		synchronized (this) {
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}
		listeners.clear();
	}

	/**
	 * The text parsed and checked; while it is the file's content as saved (not edited since), the
	 * file's bytes decide first whether it is report text at all, as for the command line.
	 */
	private ParsedReport parse(long version, String text, CancelIndicator cancel) {
		byte[] saved = file == null ? null : savedBytes();
		return saved == null ? parsing.parse(version, text, uri, cancel)
				: parsing.parse(version, text, uri, saved, cancel);
	}

	/** The file's bytes when the document shows them unedited, else null. */
	private byte[] savedBytes() {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.isDirty()) {
			return null;
		}
		try (InputStream in = file.getContents(true)) {
			return in.readAllBytes();
		} catch (CoreException | IOException e) {
			return null;
		}
	}

	private void reconcile() {
		Optional<DocumentSnapshots.Snapshot> snapshot = snapshots.take();
		if (snapshot.isEmpty()) {
			return; // a change is under way: it schedules the reparse again
		}
		long version = snapshot.get().version();
		ParsedReport parsed = parse(version, snapshot.get().text(), () -> version() != version);
		if (version() != version) {
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
