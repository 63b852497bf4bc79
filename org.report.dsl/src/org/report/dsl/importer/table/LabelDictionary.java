package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.layout.PrintLayout;
import org.report.dsl.importer.text.Canonical;

/**
 * Every label a published table may print, from the format definition (rows, columns, their known
 * variants, group and header labels), in a trie over canonical characters. Matching skips whitespace
 * and line breaks inside a label (「结 果\n维持」, a header split per character) and accepts the label
 * with its numbering in any of the published forms (「1.」「1、」「1. 」) or without it.
 */
final class LabelDictionary {

	enum Role {
		ROW, COLUMN, GROUP, HEADER
	}

	/**
	 * @param role      what the label is
	 * @param label     the label as the format writes it (a variant when {@code variant})
	 * @param official  the official label it stands for
	 * @param row       the row (ROW)
	 * @param column    the column (COLUMN)
	 * @param rows      the rows under it (GROUP)
	 * @param variant   a known non-official wording
	 * @param numbered  matched with its numbering
	 */
	record Entry(Role role, String label, String official, RowDef row, ColumnDef column, List<RowDef> rows,
			boolean variant, boolean numbered) {
	}

	/** A match: where it ends in the stream and everything its text may be. */
	record Match(int end, List<Entry> entries) {
	}

	private static final class Node {
		final Map<Character, Node> children = new HashMap<>();
		final List<Entry> entries = new ArrayList<>();
	}

	/** Per table definition (by identity: a copy of the format gets its own). */
	private static final Map<TableDef, LabelDictionary> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

	private final Node root = new Node();

	static LabelDictionary of(ReportFormat format, TableDef table) {
		return CACHE.computeIfAbsent(table, LabelDictionary::new);
	}

	private LabelDictionary(TableDef table) {
		Map<String, List<RowDef>> groups = new LinkedHashMap<>();
		for (RowDef row : table.rows()) {
			add(row.label(), row.label(), Role.ROW, row, null, null, false);
			String numbering = numbering(row.label());
			// a variant is printed with the official numbering (「2.其他法律法规禁止公开」)
			row.variants().forEach(v -> add(numbering(v).isEmpty() ? numbering + v : v, row.label(), Role.ROW, row, null,
					null, true));
			if (row.group() != null) {
				groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
			}
			if (row.block() != null) {
				groups.computeIfAbsent(row.block(), g -> new ArrayList<>()).add(row);
			}
		}
		groups.forEach((label, rows) -> add(label, label, Role.GROUP, null, null, List.copyOf(rows), false));
		for (ColumnDef column : table.columns()) {
			add(column.label(), column.label(), Role.COLUMN, null, column, null, false);
			column.variants().forEach(v -> add(v, column.label(), Role.COLUMN, null, column, null, true));
			if (column.group() != null) {
				add(column.group(), column.group(), Role.HEADER, null, null, null, false);
			}
		}
		if (table.corner() != null) {
			add(table.corner(), table.corner(), Role.HEADER, null, null, null, false);
		}
		if (table.span() != null) {
			add(table.span(), table.span(), Role.HEADER, null, null, null, false);
		}
		if (table.layout().orientation() == PrintLayout.Orientation.COLUMN_BANDS) {
			// the row header our own print page gives the line of values (件数)
			add(PrintLayout.BAND_LINE_LABEL, PrintLayout.BAND_LINE_LABEL, Role.HEADER, null, null, null, false);
		}
	}

	private void add(String label, String official, Role role, RowDef row, ColumnDef column, List<RowDef> rows,
			boolean variant) {
		String key = Canonical.of(Labels.key(label));
		String full = Canonical.of(Labels.canonical(label));
		insert(key, new Entry(role, label, official, row, column, rows, variant, false));
		if (full.length() > key.length() && full.endsWith(key)) {
			String numbering = full.substring(0, full.length() - key.length());
			Entry numbered = new Entry(role, label, official, row, column, rows, variant, true);
			String base = numbering.substring(0, numbering.length() - 1);
			char mark = numbering.charAt(numbering.length() - 1);
			if (mark == '.' || mark == '、') {
				insert(base + "." + key, numbered);
				insert(base + "、" + key, numbered);
			} else {
				insert(numbering + key, numbered);
			}
		}
	}

	/** The numbering a label starts with (「2.」「（三）」「一、」), as printed in the format, or "". */
	private static String numbering(String label) {
		String canonical = Labels.canonical(label);
		String key = Labels.key(label);
		return canonical.endsWith(key) ? canonical.substring(0, canonical.length() - key.length()) : "";
	}

	private void insert(String key, Entry entry) {
		Node node = root;
		for (int i = 0; i < key.length(); i++) {
			node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
		}
		if (!node.entries.contains(entry)) {
			node.entries.add(entry);
		}
	}

	/** The longest label starting at index i of the stream, or null. */
	Match longest(TableStream stream, int i) {
		char first = stream.at(i);
		if (first == Canonical.SEPARATOR || first == '|') {
			return null;
		}
		Node node = root;
		int end = -1;
		List<Entry> entries = null;
		for (int j = i; j < stream.length(); j++) {
			char c = stream.at(j);
			if (c == Canonical.SEPARATOR) {
				continue;
			}
			node = node.children.get(c);
			if (node == null) {
				break;
			}
			if (!node.entries.isEmpty()) {
				end = j + 1;
				entries = node.entries;
			}
		}
		return end < 0 ? null : new Match(end, entries);
	}
}
