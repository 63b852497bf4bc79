package org.report.dsl.publish.html;

import java.util.List;
import java.util.Objects;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedTable;

/**
 * Table 三 as in the official template. Header: the 勾稽关系 note in the top-left cell over the label
 * columns and all header rows; 申请人情况 over the value columns; 自然人 and 总计 over two rows,
 * 法人或其他组织 over its five columns. Body: three label columns (block, group, item); 三、本年度办理结果
 * spans all result rows down to （七）总计, each group label （三）…（六） spans its items, and a row label
 * spans whatever label columns its row has no block or group for.
 *
 * <p>A {@code <tbody>} holds each run of rows with the same block: rows 一 and 二, the result rows
 * (a cell spanning rows cannot cross a row group) and row 四. Inside the results, rows of a group are
 * kept on one page where the browser can ({@code keep-next}); the row that starts the block may break
 * ({@code spans-block}), or its 22-row cell would push the whole block to the next page.
 */
final class Table3Html {

	private Table3Html() {
	}

	static void render(HtmlTables t, PublishedTable table) {
		List<PublishedRow> rows = table.rows();
		boolean hasBlock = false, hasGroup = false;
		for (PublishedRow r : rows) {
			hasBlock |= r.row().block() != null;
			hasGroup |= r.row().group() != null;
		}
		int labelColumns = 1 + (hasBlock ? 1 : 0) + (hasGroup ? 1 : 0);
		List<ColumnDef> columns = rows.isEmpty() ? table.def().columns() : rows.get(0).row().columns();
		colgroup(t.b, hasBlock, hasGroup, columns.size());
		head(t, table.def(), columns, labelColumns);
		body(t, table.def(), rows, labelColumns);
	}

	private static void colgroup(StringBuilder b, boolean hasBlock, boolean hasGroup, int values) {
		b.append("<colgroup>");
		if (hasBlock) {
			b.append("<col class=\"block\">");
		}
		if (hasGroup) {
			b.append("<col class=\"group\">");
		}
		b.append("<col class=\"item\"><col class=\"value\"");
		if (values > 1) {
			Html.attr(b, "span", values);
		}
		b.append("></colgroup>\n");
	}

	private static void head(HtmlTables t, TableDef def, List<ColumnDef> columns, int labelColumns) {
		StringBuilder b = t.b;
		boolean grouped = false;
		for (ColumnDef c : columns) {
			grouped |= c.group() != null;
		}
		int headRows = (def.span() != null ? 1 : 0) + (grouped ? 2 : 1);
		b.append("<thead>\n<tr>");
		b.append("<td class=\"corner\"");
		Html.spans(b, labelColumns, headRows).append('>');
		Html.text(b, def.corner() == null ? "" : def.corner()).append("</td>");
		if (def.span() != null) {
			t.th("colgroup", null, "span", columns.size(), 1, def.span());
			b.append("</tr>\n<tr>");
		}
		for (int i = 0; i < columns.size(); i++) {
			ColumnDef c = columns.get(i);
			if (c.group() == null) {
				t.th("col", null, null, 1, grouped ? 2 : 1, c.label());
			} else if (i == 0 || !c.group().equals(columns.get(i - 1).group())) {
				int run = 1;
				while (i + run < columns.size() && c.group().equals(columns.get(i + run).group())) {
					run++;
				}
				t.th("colgroup", null, null, run, 1, c.group());
			}
		}
		b.append("</tr>\n");
		if (grouped) {
			b.append("<tr>");
			for (ColumnDef c : columns) {
				if (c.group() != null) {
					t.th("col", null, null, 1, 1, c.label());
				}
			}
			b.append("</tr>\n");
		}
		b.append("</thead>\n");
	}

	private static void body(HtmlTables t, TableDef def, List<PublishedRow> rows, int labelColumns) {
		StringBuilder b = t.b;
		int n = rows.size();
		for (int i = 0; i < n; i++) {
			RowDef r = rows.get(i).row();
			boolean blockStarts = i == 0 || !Objects.equals(r.block(), rows.get(i - 1).row().block());
			if (blockStarts) {
				if (i > 0) {
					b.append("</tbody>\n");
				}
				b.append(r.block() == null ? "<tbody class=\"row-group keep\">\n" : "<tbody class=\"row-group\">\n");
			}
			String rowId = Ids.row(def, r);
			boolean keepNext = sameGroup(r, i + 1 < n ? rows.get(i + 1).row() : null);
			boolean spansBlock = r.block() != null && blockStarts;
			t.tr(rowId, spansBlock ? (keepNext ? "spans-block keep-next" : "spans-block") : keepNext ? "keep-next" : null);
			if (spansBlock) {
				int run = 1;
				while (i + run < n && r.block().equals(rows.get(i + run).row().block())) {
					run++;
				}
				t.th("rowgroup", null, "block", 1, run, r.block());
			}
			if (r.group() != null && (blockStarts || !sameGroup(rows.get(i - 1).row(), r))) {
				int run = 1;
				while (i + run < n && sameGroup(r, rows.get(i + run).row())) {
					run++;
				}
				t.th("rowgroup", null, "group", 1, run, r.group());
			}
			t.rowLabel(rowId, labelColumns - (r.block() != null ? 1 : 0) - (r.group() != null ? 1 : 0), r.label());
			for (PublishedCell cell : rows.get(i).cells()) {
				t.value(cell, 1);
			}
			b.append("</tr>\n");
		}
		if (n > 0) {
			b.append("</tbody>\n");
		}
	}

	/** Whether both rows belong to the same group (a null group is no group). */
	private static boolean sameGroup(RowDef a, RowDef b) {
		return b != null && a.group() != null && a.group().equals(b.group()) && Objects.equals(a.block(), b.block());
	}
}
