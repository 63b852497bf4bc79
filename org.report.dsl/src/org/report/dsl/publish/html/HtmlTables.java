package org.report.dsl.publish.html;

import org.report.dsl.format.TableDef;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedTable;

/**
 * Renders the three tables like the official template (merged header cells as in format.md), with a
 * semantic caption, header scopes and an id on every cell. One instance per page: it holds the page
 * being written and the findings to show.
 */
final class HtmlTables {

	final StringBuilder b;
	final ReviewMarks marks;

	HtmlTables(StringBuilder b, ReviewMarks marks) {
		this.b = b;
		this.marks = marks;
	}

	void render(PublishedTable table) {
		TableDef def = table.def();
		String id = Ids.table(def);
		if (!marks.at(id).isEmpty()) {
			b.append("<p class=\"table-flags\">");
			ReviewHtml.markers(b, marks, id);
			b.append("</p>\n");
		}
		b.append("<table");
		Html.attr(b, "id", id);
		Html.attr(b, "class", "t " + id + marks.classes(id)).append(">\n<caption>");
		Html.text(b, caption(def)).append("</caption>\n");
		switch (id) {
		case "t2":
			Table2Html.render(this, table);
			break;
		case "t4":
			Table4Html.render(this, table);
			break;
		default:
			Table3Html.render(this, table);
			break;
		}
		b.append("</table>\n");
		ReviewHtml.tableNotes(b, marks, id);
	}

	/** 表二 主动公开政府信息情况: the table's number and its section heading without numbering. */
	static String caption(TableDef def) {
		String title = def.title();
		int mark = title.indexOf('、');
		return "表" + def.id() + " " + (mark >= 0 ? title.substring(mark + 1) : title);
	}

	/** A value cell: its id, whether computed, its findings. */
	void value(PublishedCell cell, int colspan) {
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
	void th(String scope, String id, String cls, int colspan, int rowspan, String label) {
		th(scope, id, cls, colspan, rowspan, label, id);
	}

	/** A row's label cell: the row's findings are marked on its label (the row itself has the id). */
	void rowLabel(String rowId, int colspan, String label) {
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
	void tr(String id, String cls) {
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
