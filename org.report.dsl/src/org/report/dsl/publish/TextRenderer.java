package org.report.dsl.publish;

import org.report.dsl.format.layout.TableGrid;

/**
 * The official text of a report, laid out like the published whole reports: title, preamble, the six
 * headings with their narrative, and the tables as tab-separated lines in official row and column
 * order with the official labels. Group labels (三、本年度办理结果, （三）不予公开 …) stand on lines of
 * their own, since they carry no values.
 */
public final class TextRenderer {

	private final boolean keepLineBreaks;

	/** Narrative lines joined as the HTML page joins them ({@link Paragraphs}): text that pastes well. */
	public TextRenderer() {
		this(false);
	}

	/** @param keepLineBreaks whether narrative keeps the source's line breaks (else wrapped lines are joined) */
	public TextRenderer(boolean keepLineBreaks) {
		this.keepLineBreaks = keepLineBreaks;
	}

	public String render(PublishedReport report) {
		StringBuilder b = new StringBuilder(16_384); // a full report: about 9,000 characters
		b.append(report.title()).append("\n\n");
		paragraphs(b, report.preamble());
		for (PublishedSection section : report.sections()) {
			b.append(section.def().label()).append("\n\n");
			for (Element e : section.elements()) {
				if (e instanceof Element.SubHeading h) {
					b.append(h.text()).append("\n\n");
				} else if (e instanceof Element.Text t) {
					paragraphs(b, t.text());
				} else if (e instanceof Element.TableElement t) {
					table(b, t.table());
					b.append('\n');
				}
			}
		}
		paragraphs(b, report.trailer());
		int end = b.length();
		while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
			end--;
		}
		b.setLength(end);
		return b.append('\n').toString();
	}

	private void paragraphs(StringBuilder b, String text) {
		if (text != null && !text.isBlank()) {
			if (keepLineBreaks) {
				b.append(text.strip());
			} else {
				Paragraphs.appendJoinedStripped(b, text);
			}
			b.append("\n\n");
		}
	}

	/** The table's grid flattened to lines ({@link TextTable}), with this report's values. */
	private static void table(StringBuilder b, PublishedTable table) {
		TextTable.of(TableGrid.of(table.def())).render(b, table);
	}
}
