package org.report.dsl.publish.html;

import java.util.Map;

import org.report.dsl.format.TableDef;
import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedTable;

/**
 * Renders a table's grid ({@link TableGrid}) like the official template (merged header cells as in
 * format.md), with a semantic caption, header scopes and an id on every cell. The table's header is a
 * {@code <thead>}; every other band of the grid a {@code <tbody>}, kept on one page where the browser
 * can unless a block heading spans its rows. Each table sits in a box of its own ({@code .table-box}) that
 * scrolls sideways on a phone instead of squeezing the numbers. One instance per page: it holds the page being written
 * and the findings to show.
 */
final class HtmlTables {

	private final StringBuilder b;
	private final ReviewMarks marks;

	HtmlTables(StringBuilder b, ReviewMarks marks) {
		this.b = b;
		this.marks = marks;
	}

	/** A table: the markers of findings on the whole table, the table, the notes of its findings. */
	private static final Template TABLE = Template.of("""
			{{flags}}<div class="table-box"><table id="{{id}}" class="t {{id}}{{classes}}">
			<caption>{{caption}}</caption>
			{{grid}}</table></div>
			{{notes}}""");

	private static final Template FLAGS = Template.of("""
			<p class="table-flags">{{markers}}</p>
			""");

	void render(PublishedTable table) {
		TableDef def = table.def();
		String id = Ids.table(def);
		TABLE.render(b, Map.of(
				"flags", p -> {
					if (!marks.at(id).isEmpty()) {
						FLAGS.render(p, Map.of("markers", q -> ReviewHtml.markers(q, marks, id)));
					}
				},
				"id", Template.text(id),
				"classes", Template.text((longNumbers(table) ? " long-numbers" : "") + marks.classes(id)),
				"caption", Template.text(caption(def)),
				"grid", p -> grid(table, TableGrid.of(def)),
				"notes", p -> ReviewHtml.tableNotes(p, marks, id)));
	}

	/** Numbers from this many characters on are set smaller, so that 9 digits fit the page without wrapping. */
	static final int LONG_NUMBER = 7;

	/** Whether a value of the table is a long number (class {@code long-numbers}: smaller type, wider values). */
	static boolean longNumbers(PublishedTable table) {
		for (PublishedRow row : table.rows()) {
			for (PublishedCell cell : row.cells()) {
				if (cell.text() != null && cell.text().length() >= LONG_NUMBER) {
					return true;
				}
			}
		}
		return false;
	}

	/** The columns, then each band of the grid. */
	private void grid(PublishedTable table, TableGrid grid) {
		colgroup(grid);
		for (GridBand band : grid.bands()) {
			b.append(band.head() ? "<thead>\n" : band.keep() ? "<tbody class=\"row-group keep\">\n"
					: "<tbody class=\"row-group\">\n");
			for (GridRow row : band.rows()) {
				row(table, row);
			}
			b.append(band.head() ? "</thead>\n" : "</tbody>\n");
		}
	}

	/** One {@code <col>} per label column (block, group, item; label when it is the only one), one for the values. */
	private void colgroup(TableGrid grid) {
		b.append("<colgroup>");
		int labels = grid.labelColumns();
		for (TableGrid.Column c : grid.columns()) {
			switch (c) {
			case BLOCK -> b.append("<col class=\"block\">");
			case GROUP -> b.append("<col class=\"group\">");
			case LABEL -> b.append(labels > 1 ? "<col class=\"item\">" : "<col class=\"label\">");
			default -> {
				// the value columns, below
			}
			}
		}
		if (grid.valueColumns() > 0) {
			b.append("<col class=\"value\"");
			if (grid.valueColumns() > 1) {
				Html.attr(b, "span", grid.valueColumns());
			}
			b.append('>');
		}
		b.append("</colgroup>\n");
	}

	private void row(PublishedTable table, GridRow row) {
		TableDef def = table.def();
		String id = row.rowDef() == null ? null : Ids.row(def, row.rowDef());
		String cls = switch (row.kind()) {
		case BLOCK_HEADING -> "block-head";
		case COLUMN_HEADING -> "col-head";
		default -> {
			// a row that starts a block spanning it may break, or the block would move to the next page
			boolean spansBlock = false;
			for (GridCell c : row.cells()) {
				spansBlock |= c.kind() == GridCell.Kind.BLOCK;
			}
			String keep = row.keepWithNext() ? "keep-next" : null;
			yield spansBlock ? (keep == null ? "spans-block" : "spans-block " + keep) : keep;
		}
		};
		tr(id, cls);
		for (GridCell cell : row.cells()) {
			cell(table, cell);
		}
		b.append("</tr>\n");
	}

	private void cell(PublishedTable table, GridCell cell) {
		TableDef def = table.def();
		switch (cell.kind()) {
		case NOTE -> {
			b.append("<td class=\"corner\"");
			Html.spans(b, cell.colSpan(), cell.rowSpan()).append('>');
			Html.text(b, cell.text()).append("</td>");
		}
		case CORNER -> th("col", null, "corner", cell.colSpan(), cell.rowSpan(), cell.text());
		case SPAN -> th("colgroup", null, "span", cell.colSpan(), cell.rowSpan(), cell.text());
		case COLUMN_GROUP -> th("colgroup", null, null, cell.colSpan(), cell.rowSpan(), cell.text());
		case COLUMN -> th("col", null, null, cell.colSpan(), cell.rowSpan(), cell.text());
		case BAND_GROUP -> th("colgroup", null, "top", cell.colSpan(), cell.rowSpan(), cell.text());
		case BAND -> th("colgroup", Ids.row(def, cell.rowDef()), cell.row() == 0 ? "top" : "sub", cell.colSpan(),
				cell.rowSpan(), cell.text());
		case BLOCK -> th("rowgroup", null, "block", cell.colSpan(), cell.rowSpan(), cell.text());
		case GROUP -> th("rowgroup", null, "group", cell.colSpan(), cell.rowSpan(), cell.text());
		case ROW_LABEL -> rowLabel(Ids.row(def, cell.rowDef()), cell.colSpan(), cell.text());
		case VALUE -> value(table.rows().get(cell.valueRow()).cells().get(cell.valueColumn()), cell.colSpan());
		}
	}

	/** 表二 主动公开政府信息情况: the table's number and its section heading without numbering. */
	static String caption(TableDef def) {
		String title = def.title();
		int mark = title.indexOf('、');
		return "表" + def.id() + " " + (mark >= 0 ? title.substring(mark + 1) : title);
	}

	/** A value cell: its id, whether computed, its findings. */
	private void value(PublishedCell cell, int colspan) {
		String id = Ids.cell(cell.cell());
		b.append("<td");
		Html.attr(b, "id", id);
		String findings = marks.classes(id);
		if (cell.computed()) {
			Html.attr(b, "class", "computed" + findings);
			b.append(" title=\"自动计算\"");
		} else if (!findings.isEmpty()) {
			Html.attr(b, "class", findings.substring(1));
		}
		Html.spans(b, colspan, 1).append('>');
		Html.text(b, cell.text());
		ReviewHtml.markers(b, marks, id);
		b.append("</td>");
	}

	/**
	 * A header cell.
	 *
	 * @param scope col, colgroup, row or rowgroup; null for none
	 * @param id    the element id, or null
	 * @param cls   extra classes, or null
	 */
	private void th(String scope, String id, String cls, int colspan, int rowspan, String label) {
		th(scope, id, cls, colspan, rowspan, label, id);
	}

	/** A row's label cell: the row's findings are marked on its label (the row itself has the id). */
	private void rowLabel(String rowId, int colspan, String label) {
		th("row", null, null, colspan, 1, label, rowId);
	}

	private void th(String scope, String id, String cls, int colspan, int rowspan, String label, String markerId) {
		b.append("<th");
		if (id != null) {
			Html.attr(b, "id", id);
		}
		String findings = id == null ? "" : marks.classes(id);
		if (cls != null || !findings.isEmpty()) {
			Html.attr(b, "class", cls == null ? findings.substring(1) : cls + findings);
		}
		if (scope != null) {
			b.append(" scope=\"").append(scope).append('"');
		}
		Html.spans(b, colspan, rowspan).append('>');
		Html.text(b, label);
		if (markerId != null) {
			ReviewHtml.markers(b, marks, markerId);
		}
		b.append("</th>");
	}

	/** Opens a row: its id and findings. */
	private void tr(String id, String cls) {
		b.append("<tr");
		if (id != null) {
			Html.attr(b, "id", id);
		}
		String findings = id == null ? "" : marks.classes(id);
		if (cls != null || !findings.isEmpty()) {
			Html.attr(b, "class", cls == null ? findings.substring(1) : cls + findings);
		}
		b.append('>');
	}
}
