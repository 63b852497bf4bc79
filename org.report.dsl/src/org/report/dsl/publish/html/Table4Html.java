package org.report.dsl.publish.html;

import java.util.List;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedTable;

/**
 * Table 四: the format's rows (行政复议, 未经复议直接起诉, 复议后起诉) become column groups of one printed
 * row, as in the official template. Header: 行政复议 over its five columns and 行政诉讼 over the ten of
 * its two sub-groups; then 行政复议's column labels (over two rows), 未经复议直接起诉 and 复议后起诉;
 * then their column labels. The header cell of each format row has the row's id (t4-REVIEW …), so
 * findings about a row are marked there.
 */
final class Table4Html {

	private Table4Html() {
	}

	static void render(HtmlTables t, PublishedTable table) {
		StringBuilder b = t.b;
		TableDef def = table.def();
		List<PublishedRow> rows = table.rows();
		boolean grouped = false;
		int total = 0;
		for (PublishedRow r : rows) {
			grouped |= r.row().group() != null;
			total += r.cells().size();
		}
		b.append("<colgroup><col class=\"value\"");
		if (total > 1) {
			Html.attr(b, "span", total);
		}
		b.append("></colgroup>\n<thead>\n<tr>");
		for (int i = 0; i < rows.size(); i++) {
			RowDef r = rows.get(i).row();
			if (r.group() == null) {
				t.th("colgroup", Ids.row(def, r), "top", r.columns().size(), 1, r.label());
			} else if (i == 0 || !r.group().equals(rows.get(i - 1).row().group())) {
				int span = 0;
				for (int j = i; j < rows.size() && r.group().equals(rows.get(j).row().group()); j++) {
					span += rows.get(j).row().columns().size();
				}
				t.th("colgroup", null, "top", span, 1, r.group());
			}
		}
		b.append("</tr>\n<tr>");
		for (PublishedRow row : rows) {
			RowDef r = row.row();
			if (r.group() == null) {
				for (ColumnDef c : r.columns()) {
					t.th("col", null, null, 1, grouped ? 2 : 1, c.label());
				}
			} else {
				t.th("colgroup", Ids.row(def, r), "sub", r.columns().size(), 1, r.label());
			}
		}
		b.append("</tr>\n");
		if (grouped) {
			b.append("<tr>");
			for (PublishedRow row : rows) {
				if (row.row().group() != null) {
					for (ColumnDef c : row.row().columns()) {
						t.th("col", null, null, 1, 1, c.label());
					}
				}
			}
			b.append("</tr>\n");
		}
		b.append("</thead>\n<tbody class=\"row-group keep\">\n<tr>");
		for (PublishedRow row : rows) {
			for (PublishedCell cell : row.cells()) {
				t.value(cell, 1);
			}
		}
		b.append("</tr>\n</tbody>\n");
	}
}
