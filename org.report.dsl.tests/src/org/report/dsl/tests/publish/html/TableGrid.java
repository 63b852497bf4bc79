package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The cell grid of an HTML table as the HTML table model forms it (colspan and rowspan), checked for
 * what makes a table invalid: overlapping cells, cells spanning past the end of their row group
 * (thead/tbody), and rows of different widths.
 */
final class TableGrid {

	private final List<Element[]> rows = new ArrayList<>();
	private final int width;

	private TableGrid(List<Element[]> rows, int width) {
		this.rows.addAll(rows);
		this.width = width;
	}

	static TableGrid of(Element table) {
		List<Element[]> grid = new ArrayList<>();
		int width = -1;
		for (Element group : table.children()) {
			if (!group.tagName().equals("thead") && !group.tagName().equals("tbody")) {
				if (group.tagName().equals("tr")) {
					fail("a row outside thead/tbody");
				}
				continue;
			}
			List<Element> trs = group.children();
			Map<Integer, Map<Integer, Element>> slots = new HashMap<>();
			for (int r = 0; r < trs.size(); r++) {
				Element tr = trs.get(r);
				assertEquals("tr", tr.tagName());
				int col = 0;
				for (Element cell : tr.children()) {
					assertTrue(cell.tagName().equals("td") || cell.tagName().equals("th"), cell.tagName());
					while (slots.getOrDefault(r, Map.of()).containsKey(col)) {
						col++;
					}
					int colspan = span(cell, "colspan");
					int rowspan = span(cell, "rowspan");
					assertTrue(r + rowspan <= trs.size(), () -> "cell spans past its row group: " + cell.outerHtml());
					for (int dr = 0; dr < rowspan; dr++) {
						for (int dc = 0; dc < colspan; dc++) {
							Element previous = slots.computeIfAbsent(r + dr, k -> new HashMap<>()).put(col + dc, cell);
							assertNull(previous, () -> "overlapping cells at " + cell.outerHtml());
						}
					}
					col += colspan;
				}
			}
			for (int r = 0; r < trs.size(); r++) {
				Map<Integer, Element> row = slots.getOrDefault(r, Map.of());
				if (width < 0) {
					width = row.size();
				}
				assertEquals(width, row.size(), "row width in " + trs.get(r).outerHtml());
				Element[] cells = new Element[width];
				for (int c = 0; c < width; c++) {
					cells[c] = row.get(c);
					assertNotNull(cells[c], "hole in row " + r);
				}
				grid.add(cells);
			}
		}
		return new TableGrid(grid, width);
	}

	private static int span(Element cell, String name) {
		return cell.hasAttr(name) ? Integer.parseInt(cell.attr(name)) : 1;
	}

	int width() {
		return width;
	}

	int height() {
		return rows.size();
	}

	/** The cell covering the slot. */
	Element at(int row, int column) {
		return rows.get(row)[column];
	}

	/** The row and column of the slot a cell starts in. */
	int[] position(Element cell) {
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < width; c++) {
				if (rows.get(r)[c] == cell) {
					return new int[] { r, c };
				}
			}
		}
		throw new AssertionError("not in the table: " + cell);
	}
}
