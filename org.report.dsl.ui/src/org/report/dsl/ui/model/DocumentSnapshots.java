package org.report.dsl.ui.model;

import java.util.Optional;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * A consistent (version, text) pair read off the UI thread. Editors change documents on the UI thread
 * only; a change bumps the counter before the text store changes and again after, so an odd counter,
 * or one that moved while the text was copied, means the copy may be torn and is not used.
 */
public final class DocumentSnapshots implements IDocumentListener {

	public record Snapshot(long version, String text) {
	}

	private final IDocument document;
	private volatile long counter;

	public DocumentSnapshots(IDocument document) {
		this.document = document;
	}

	/** The version of the text now: changes by one with every edit. */
	public long version() {
		return (counter + 1) / 2;
	}

	/** The text with its version, or empty while a change is under way or if one happened meanwhile. */
	public Optional<Snapshot> take() {
		long before = counter;
		if ((before & 1) != 0) {
			return Optional.empty();
		}
		String text = document.get();
		return counter == before ? Optional.of(new Snapshot(before / 2, text)) : Optional.empty();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		counter++;
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		counter++;
	}
}
