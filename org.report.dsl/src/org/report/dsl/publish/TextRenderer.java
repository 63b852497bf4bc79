package org.report.dsl.publish;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;

/**
 * The official text of a report, laid out like the published whole reports: title, preamble, the six
 * headings with their narrative, and the tables as tab-separated lines in official row and column
 * order with the official labels. Group labels (三、本年度办理结果, （三）不予公开 …) stand on lines of
 * their own, since they carry no values.
 */
public final class TextRenderer {

	public String render(PublishedReport report) {
		StringBuilder b = new StringBuilder(8192);
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
		return b.toString().stripTrailing() + "\n";
	}

	private static void paragraphs(StringBuilder b, String text) {
		if (text != null && !text.isBlank()) {
			b.append(text.strip()).append("\n\n");
		}
	}

	/**
	 * The table's grid flattened to lines: the label columns make one tab-separated field, a merged cell
	 * gives its text to its first field and empty fields to the others, a line ends with its last field
	 * that is not the continuation of a cell to its left. Block and group labels spanning rows stand on
	 * lines of their own before the first row they span.
	 */
	private static void table(StringBuilder b, PublishedTable table) {
		TableGrid grid = TableGrid.of(table.def());
		int labels = grid.labelColumns();
		int fields = (labels > 0 ? 1 : 0) + grid.valueColumns();
		for (GridBand band : grid.bands()) {
			GridCell[][] at = TableGrid.cover(band, grid.columns().size());
			for (int r = 0; r < at.length; r++) {
				GridRow row = band.rows().get(r);
				if (row.kind() == GridRow.Kind.VALUES) {
					for (GridCell cell : row.cells()) {
						if (cell.kind() == GridCell.Kind.BLOCK || cell.kind() == GridCell.Kind.GROUP) {
							b.append(cell.text()).append('\n');
						}
					}
				}
				List<String> line = new ArrayList<>(fields);
				int end = 0;
				for (int f = 0; f < fields; f++) {
					int column = labels == 0 ? f : f == 0 ? labels - 1 : labels + f - 1;
					GridCell cell = at[r][column];
					int first = cell == null ? f : field(cell.column(), labels);
					if (cell != null && first == f && cell.textRow() == r) {
						line.add(text(table, cell));
						end = f + 1;
					} else {
						line.add("");
						end = cell != null && first < f ? end : f + 1;
					}
				}
				b.append(String.join("\t", line.subList(0, end))).append('\n');
			}
		}
	}

	/** The text field of a grid column: all label columns are the first. */
	private static int field(int column, int labels) {
		return labels == 0 ? column : column < labels ? 0 : column - labels + 1;
	}

	private static String text(PublishedTable table, GridCell cell) {
		return cell.kind() == GridCell.Kind.VALUE
				? table.rows().get(cell.valueRow()).cells().get(cell.valueColumn()).text()
				: cell.text();
	}
}
