package org.report.dsl.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into lines: those on one baseline (within half a character's height) form a line, read left
 * to right, with a space where the gap between two glyphs is wider than a third of a character.
 */
final class TextLines {

	/** A line of text and where it stands on the page (its baseline). */
	record Line(String text, float baseline) {
	}

	private TextLines() {
	}

	static List<Line> of(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		float base = Float.NaN;
		for (Glyph g : sorted) {
			if (!line.isEmpty() && Math.abs(g.baseline() - base) > Math.max(1f, g.height() / 2)) {
				lines.add(line);
				line = new ArrayList<>();
			}
			if (line.isEmpty()) {
				base = g.baseline();
			}
			line.add(g);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		List<Line> out = new ArrayList<>();
		for (List<Glyph> l : lines) {
			l.sort(Comparator.comparingDouble(Glyph::x));
			StringBuilder b = new StringBuilder();
			Glyph previous = null;
			for (Glyph g : l) {
				if (previous != null && g.x() - previous.right() > Math.max(g.height(), 1f) / 3) {
					b.append(' ');
				}
				b.append(g.text());
				previous = g;
			}
			String text = b.toString().strip();
			if (!text.isEmpty()) {
				out.add(new Line(text, l.get(0).baseline()));
			}
		}
		return out;
	}
}
