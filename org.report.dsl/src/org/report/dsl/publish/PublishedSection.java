package org.report.dsl.publish;

import java.util.List;

import org.report.dsl.format.SectionDef;
import org.report.dsl.reportDsl.Block;

/**
 * A section as published: its official heading and its content.
 *
 * @param def      which section
 * @param source   the heading's block in the source, or null when the report lacks the section
 * @param elements narrative, part headings and the table, in document order
 */
public record PublishedSection(SectionDef def, Block source, List<Element> elements) {

	/** The narrative of the section (part headings included), as one text. */
	public String narrative() {
		StringBuilder b = new StringBuilder();
		for (Element e : elements) {
			String text = e instanceof Element.SubHeading h ? h.text() : e instanceof Element.Text t ? t.text() : null;
			if (text != null) {
				if (b.length() > 0) {
					b.append('\n');
				}
				b.append(text);
			}
		}
		return b.toString();
	}
}
