package org.report.dsl.publish;

import java.util.List;
import java.util.Objects;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;

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

	private static void table(StringBuilder b, PublishedTable table) {
		switch (table.def().id()) {
		case "二" -> table2(b, table);
		case "三" -> table3(b, table);
		default -> table4(b, table);
		}
	}

	private static void table2(StringBuilder b, PublishedTable table) {
		String block = null;
		for (PublishedRow row : table.rows()) {
			if (!Objects.equals(block, row.row().block())) {
				block = row.row().block();
				b.append(block).append('\n');
				line(b, table.def().corner(), row.row().columns().stream().map(ColumnDef::label).toList());
			}
			values(b, row.row().label(), row);
		}
	}

	private static void table3(StringBuilder b, PublishedTable table) {
		TableDef def = table.def();
		List<ColumnDef> columns = def.rows().get(0).columns();
		b.append(def.corner()).append('\t').append(def.span()).append('\n');
		StringBuilder top = new StringBuilder(), bottom = new StringBuilder();
		String group = null;
		for (ColumnDef c : columns) {
			if (c.group() == null) {
				top.append('\t').append(c.label());
				bottom.append('\t');
			} else {
				top.append('\t').append(Objects.equals(group, c.group()) ? "" : c.group());
				bottom.append('\t').append(c.label());
			}
			group = c.group();
		}
		b.append(top).append('\n').append(bottom).append('\n');
		String block = null, subGroup = null;
		for (PublishedRow row : table.rows()) {
			RowDef r = row.row();
			if (r.block() != null && !r.block().equals(block)) {
				b.append(r.block()).append('\n');
			}
			block = r.block();
			if (r.group() != null && !r.group().equals(subGroup)) {
				b.append(r.group()).append('\n');
			}
			subGroup = r.group();
			values(b, r.label(), row);
		}
	}

	private static void table4(StringBuilder b, PublishedTable table) {
		StringBuilder groups = new StringBuilder(), subGroups = new StringBuilder(), labels = new StringBuilder();
		String group = null;
		for (PublishedRow row : table.rows()) {
			RowDef r = row.row();
			String top = r.group() == null ? r.label() : r.group();
			groups.append(top.equals(group) ? "" : top);
			subGroups.append(r.group() == null ? "" : r.label());
			group = top;
			for (int i = 0; i < r.columns().size(); i++) {
				String sep = labels.length() == 0 && i == 0 ? "" : "\t";
				labels.append(sep).append(r.columns().get(i).label());
				if (i > 0) {
					groups.append('\t');
					subGroups.append('\t');
				}
			}
			groups.append('\t');
			subGroups.append('\t');
		}
		b.append(groups.toString().stripTrailing()).append('\n');
		b.append(subGroups.toString().replaceAll("\\t+$", "")).append('\n');
		b.append(labels).append('\n');
		b.append(String.join("\t", table.rows().stream().flatMap(r -> r.cells().stream()).map(PublishedCell::text)
				.toList())).append('\n');
	}

	private static void values(StringBuilder b, String label, PublishedRow row) {
		line(b, label, row.cells().stream().map(PublishedCell::text).toList());
	}

	private static void line(StringBuilder b, String first, List<String> rest) {
		b.append(first);
		for (String s : rest) {
			b.append('\t').append(s);
		}
		b.append('\n');
	}
}
