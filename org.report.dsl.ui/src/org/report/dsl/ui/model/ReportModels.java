package org.report.dsl.ui.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * The models of the open report documents. Each piece of the editor that lives as long as a viewer
 * (validation, highlighting, folding, occurrences, outline) connects to its document's model and
 * disconnects when done; the model goes with the last one.
 */
public final class ReportModels {

	private static final Map<IDocument, Entry> MODELS = new HashMap<>();
	private static final PreviousReportChanges PREVIOUS_REPORTS = new PreviousReportChanges();
	/** Told of each workspace file whose last model went (its editors closed). */
	private static final List<Consumer<IFile>> CLOSED = new CopyOnWriteArrayList<>();

	private static final class Entry {
		final ReportModel model;
		int connections;

		Entry(ReportModel model) {
			this.model = model;
		}
	}

	private ReportModels() {
	}

	public static synchronized ReportModel connect(IDocument document) {
		if (MODELS.isEmpty()) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(PREVIOUS_REPORTS, IResourceChangeEvent.POST_CHANGE);
		}
		Entry entry = MODELS.computeIfAbsent(document, d -> new Entry(create(d)));
		if (entry.connections++ == 0) {
			entry.model.schedule();
		}
		return entry.model;
	}

	public static void disconnect(IDocument document) {
		IFile closed = null;
		synchronized (ReportModels.class) {
			Entry entry = MODELS.get(document);
			if (entry != null && --entry.connections <= 0) {
				MODELS.remove(document);
				entry.model.dispose();
				if (MODELS.isEmpty()) {
					ResourcesPlugin.getWorkspace().removeResourceChangeListener(PREVIOUS_REPORTS);
				}
				closed = entry.model.file();
			}
		}
		if (closed != null && !isOpen(closed)) {
			IFile file = closed;
			CLOSED.forEach(listener -> listener.accept(file));
		}
	}

	/** Whether the file has a live model (an editor on it): its findings and markers are that model's. */
	public static synchronized boolean isOpen(IFile file) {
		return MODELS.values().stream().anyMatch(e -> file.equals(e.model.file()));
	}

	/** Calls the listener with each workspace file whose last model goes, on the thread that closes it. */
	public static void addClosedListener(Consumer<IFile> listener) {
		CLOSED.add(listener);
	}

	public static void removeClosedListener(Consumer<IFile> listener) {
		CLOSED.remove(listener);
	}

	/** The model of an open document, if some part of its editor has connected. */
	public static synchronized Optional<ReportModel> find(IDocument document) {
		Entry entry = MODELS.get(document);
		return entry == null ? Optional.empty() : Optional.of(entry.model);
	}

	/** Every open model (to reparse reports whose previous year's report changed). */
	static synchronized List<ReportModel> all() {
		return MODELS.values().stream().map(e -> e.model).toList();
	}

	/** A parse of the document as it is now, through its model when it has one. */
	public static ParsedReport current(IDocument document) {
		Optional<ReportModel> model = find(document);
		if (model.isPresent()) {
			return model.get().current();
		}
		return new ReportParsing().parse(0, document.get(), uriOf(document, fileOf(document)), () -> false);
	}

	private static ReportModel create(IDocument document) {
		IFile file = fileOf(document);
		return new ReportModel(document, uriOf(document, file), file);
	}

	/** The workspace file whose buffer holds the document, or null. */
	static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null || buffer.getLocation().segmentCount() < 2) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	/** A file URI, so that the 上年 link resolves against the file system as the command line does. */
	static URI uriOf(IDocument document, IFile file) {
		if (file != null && file.getLocation() != null) {
			return URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getFileStore() != null) {
			return URI.createURI(buffer.getFileStore().toURI().toString());
		}
		return URI.createURI("inmemory:/" + Integer.toHexString(System.identityHashCode(document)) + ".report");
	}
}
