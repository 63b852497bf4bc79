package org.report.dsl.ide.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.report.dsl.format.Labels;
import org.report.dsl.format.Readings;

/**
 * Adds proposals that match what the user typed: the Chinese label itself (any part of it), or its
 * pinyin — full ({@code xinshou}) or initials ({@code xs}). The filter text sent to the client carries
 * the readings too, so that the editor's own filtering keeps what the server matched.
 */
final class Proposals {

	private final IIdeContentProposalAcceptor acceptor;
	private final String prefix;
	private int priority = 1000;

	Proposals(IIdeContentProposalAcceptor acceptor, String prefix) {
		this.acceptor = acceptor;
		this.prefix = prefix;
	}

	String prefix() {
		return prefix;
	}

	/**
	 * Offers {@code insert} when {@code name} (a label, alias or keyword) matches the prefix.
	 *
	 * @param name   what the user knows the proposal by, for matching and reading
	 * @param insert the text that replaces the prefix
	 * @param label  what the list shows
	 * @param detail the official label or value, shown next to it
	 * @param kind   a ContentAssistEntry kind
	 */
	void add(String name, String insert, String label, String detail, String kind) {
		add(name, insert, label, detail, null, kind);
	}

	void add(String name, String insert, String label, String detail, String documentation, String kind) {
		Optional<Readings.Reading> reading = Readings.of(name);
		if (!matches(name, reading)) {
			return;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(prefix);
		entry.setProposal(insert);
		entry.setLabel(label);
		entry.setDescription(detail);
		entry.setDocumentation(documentation);
		entry.setKind(kind);
		entry.setSource(new FilterText(filterText(label, reading)));
		acceptor.accept(entry, priority--);
	}

	/**
	 * The label and its readings, led by what the user typed when the label does not start with it:
	 * clients that match on the start of filterText (Neovim) then keep what the server matched, e.g.
	 * {@code xs 新收 xinshou}.
	 */
	private String filterText(String label, Optional<Readings.Reading> reading) {
		List<String> parts = new ArrayList<>(List.of(label));
		reading.ifPresent(r -> parts.addAll(List.of(r.full(), r.initials())));
		if (prefix.isEmpty() || label.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
			return String.join(" ", parts);
		}
		parts.removeIf(part -> part.equalsIgnoreCase(prefix));
		parts.add(0, prefix);
		return String.join(" ", parts);
	}

	private boolean matches(String name, Optional<Readings.Reading> reading) {
		if (prefix.isEmpty()) {
			return true;
		}
		if (prefix.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
			return reading.map(r -> r.matches(prefix)).orElse(false)
					|| name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
		}
		return Labels.canonical(name).startsWith(Labels.canonical(prefix)) || Labels.key(name).contains(Labels.key(prefix));
	}

	/** Carried to the completion item as its filterText. */
	record FilterText(String text) {
	}
}
