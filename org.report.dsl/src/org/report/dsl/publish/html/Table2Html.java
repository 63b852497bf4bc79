package org.report.dsl.publish.html;

import java.util.List;
import java.util.Objects;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedTable;

/**
 * Table 二: stacked blocks, one {@code <tbody>} each. A block is a header row with its heading
 * (第二十条第（一）项) across the table, a header row 信息内容 + the block's column labels, then its rows.
 * Blocks with fewer value columns than the widest let their last column span the rest, as in the
 * official template.
 */
final class Table2Html {

	private Table2Html() {
	}

	static void render(HtmlTables t, PublishedTable table) {
		StringBuilder b = t.b;
		TableDef def = table.def();
		int width = 1;
		for (PublishedRow row : table.rows()) {
			width = Math.max(width, row.row().columns().size());
		}
		b.append("<colgroup><col class=\"label\"><col class=\"value\"");
		if (width > 1) {
			Html.attr(b, "span", width);
		}
		b.append("></colgroup>\n");
		boolean open = false;
		String block = null;
		for (PublishedRow row : table.rows()) {
			if (!open || !Objects.equals(block, row.row().block())) {
				if (open) {
					b.append("</tbody>\n");
				}
				block = row.row().block();
				b.append("<tbody class=\"row-group keep\">\n");
				open = true;
				if (block != null) {
					t.tr(null, "block-head");
					t.th("rowgroup", null, "block", width + 1, 1, block);
					b.append("</tr>\n");
				}
				t.tr(null, "col-head");
				t.th("col", null, "corner", 1, 1, def.corner() == null ? "" : def.corner());
				List<ColumnDef> columns = row.row().columns();
				for (int i = 0; i < columns.size(); i++) {
					t.th("col", null, null, span(i, columns.size(), width), 1, columns.get(i).label());
				}
				b.append("</tr>\n");
			}
			t.tr(Ids.row(def, row.row()), null);
			t.rowLabel(Ids.row(def, row.row()), 1, row.row().label());
			List<PublishedCell> cells = row.cells();
			for (int i = 0; i < cells.size(); i++) {
				t.value(cells.get(i), span(i, cells.size(), width));
			}
			b.append("</tr>\n");
		}
		if (open) {
			b.append("</tbody>\n");
		}
	}

	/** The last of n columns spans what the widest block has more. */
	private static int span(int index, int n, int width) {
		return index == n - 1 ? width - n + 1 : 1;
	}
}
