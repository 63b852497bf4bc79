package org.report.dsl.importer.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * A {@code <table>} as the grid of its cells, {@code rowspan} and {@code colspan} expanded: each row
 * lists its cells in column order, a cell from a row above that reaches into it (rowspan) marked as
 * spanned, so that the reader can give each data row its group label. A cell's text is its markup's text: a number split over several {@code <span>}s is one
 * number, 「&amp;nbsp;」 padding is gone, a label split over {@code <p>}s is one label. Rows of nested
 * tables are the nested table's own.
 */
public final class CellGrid {

	private static final int MAX_SPAN = 100;

	private final List<List<Cell>> rows = new ArrayList<>();

	private CellGrid() {
	}

	/** A grid built elsewhere (the ruled tables of a PDF, the tables of a Word document). */
	public CellGrid(List<List<Cell>> rows) {
		this.rows.addAll(rows);
	}

	/**
	 * The grid as the table stage reads it: one row a line, its cells between 「|」 (see
	 * {@link HtmlReader}); the rows before the first number are header rows.
	 */
	public void appendTo(StringBuilder out) {
		boolean data = false;
		for (List<Cell> row : rows) {
			data |= row.stream().anyMatch(c -> !c.spanned() && HtmlReader.numeric(c.text()));
			out.append(HtmlReader.row(row, data)).append('\n');
		}
	}

	public static CellGrid of(Element table) {
		CellGrid grid = new CellGrid();
		Map<Integer, Integer> coveredUntil = new HashMap<>(); // column → last row a rowspan covers
		Map<Integer, String> coveredBy = new HashMap<>(); // column → the text of the cell covering it
		int r = 0;
		for (Element tr : rowsOf(table)) {
			List<Cell> cells = new ArrayList<>();
			int col = 0;
			for (Element td : tr.children()) {
				if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
					continue;
				}
				col = covered(coveredUntil, coveredBy, r, col, cells);
				int colspan = span(td.attr("colspan"));
				int rowspan = span(td.attr("rowspan"));
				String text = text(td);
				cells.add(new Cell(text, false));
				for (int c = col; c < col + colspan; c++) {
					if (rowspan > 1) {
						coveredUntil.put(c, r + rowspan - 1);
						coveredBy.put(c, c == col ? text : null);
					}
				}
				col += colspan;
			}
			covered(coveredUntil, coveredBy, r, col, cells);
			grid.rows.add(cells);
			r++;
		}
		return grid;
	}

	/** Places from col on that a cell of a row above covers: added as spanned cells; returns the next free column. */
	private static int covered(Map<Integer, Integer> until, Map<Integer, String> by, int r, int col, List<Cell> cells) {
		int c = col;
		while (until.getOrDefault(c, -1) >= r) {
			if (by.get(c) != null) {
				cells.add(new Cell(by.get(c), true));
			}
			c++;
		}
		return c;
	}

	/**
	 * One cell of a row.
	 *
	 * @param text    its text
	 * @param spanned whether it is the cell of a row above reaching down into this row (rowspan)
	 */
	public record Cell(String text, boolean spanned) {
	}

	public List<List<Cell>> rows() {
		return rows;
	}

	/** The rows of this table, not of tables nested in its cells. */
	private static List<Element> rowsOf(Element table) {
		List<Element> rows = new ArrayList<>();
		for (Element child : table.children()) {
			switch (child.normalName()) {
			case "tr" -> rows.add(child);
			case "thead", "tbody", "tfoot" -> child.children().stream().filter(e -> e.normalName().equals("tr"))
					.forEach(rows::add);
			default -> {
			}
			}
		}
		return rows;
	}

	private static int span(String attr) {
		try {
			int n = Integer.parseInt(attr.strip());
			return n < 1 ? 1 : Math.min(n, MAX_SPAN);
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/**
	 * The cell's text with HTML white space folded; inside a number (digits on both sides of the white
	 * space, as Word writes 「1<span>&nbsp;</span>2」 rarely but 「&amp;nbsp;12&amp;nbsp;」 often) it
	 * is dropped.
	 */
	static String text(Element td) {
		String t = HtmlReader.flat(td.text()).replaceAll(" {2,}", " ").strip();
		String squeezed = t.replace(" ", "");
		return HtmlReader.numeric(squeezed) ? squeezed : t;
	}
}
