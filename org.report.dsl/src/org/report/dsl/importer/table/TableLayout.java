package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.text.InputText;

/**
 * Reads a table's tokens as the format lays the table out: each value belongs to the row label before
 * it, whatever line it stands on; a group label directly followed by values gives them to the group's
 * rows in order; the values of a table whose rows are bands of its header (表四) follow the header.
 * Header labels only tell which columns the published table has (the layout's optional column: 表三
 * without 其他). Unknown text inside the table is listed, never read as
 * a value.
 */
final class TableLayout {

	/**
	 * @param runs        one per row of the table (absent rows included), group runs standing for
	 *                    their rows
	 * @param knownZero   cells of a column the published table does not have
	 * @param firstToken  input offset of the table's first label or value, or -1 when there is none
	 * @param lastToken   input offset just after its last label or value
	 */
	record Parsed(TableDef def, List<CellRun> runs, Set<CellRef> knownZero, int firstToken, int lastToken) {
	}

	private final TableDef def;
	private final TableGrid grid;
	private final InputText input;
	private final List<ImportFinding> findings;
	private final LayoutFindings notes;
	private final Map<RowDef, CellRun> rowRuns = new LinkedHashMap<>();
	private final List<CellRun> groupRuns = new ArrayList<>();
	private final Set<String> headerColumns = new HashSet<>();
	private final List<TableToken> tableValues = new ArrayList<>();
	private CellRun current;
	private boolean rowsStarted;
	private int first = -1;
	private int last = -1;

	private TableLayout(TableDef def, InputText input, List<ImportFinding> findings) {
		this.def = def;
		this.grid = TableGrid.of(def);
		this.input = input;
		this.findings = findings;
		this.notes = new LayoutFindings(def, input, findings);
	}

	static Parsed parse(TableDef def, List<TableToken> tokens, InputText input, boolean cut,
			List<ImportFinding> findings) {
		TableLayout layout = new TableLayout(def, input, findings);
		for (TableToken t : tokens) {
			layout.accept(t);
		}
		return layout.finish(cut);
	}

	private void accept(TableToken t) {
		if (t.kind() == TableToken.Kind.TEXT) {
			notes.text(t);
			return;
		}
		first = first < 0 ? t.start() : first;
		last = t.end();
		if (t.kind() == TableToken.Kind.LABEL) {
			label(t, choose(t));
		} else if (current != null) {
			current.values.add(t);
		} else if (grid.valuesFollowHeader()) {
			tableValues.add(t);
		} else if (t.kind() != TableToken.Kind.BLANK) {
			findings.add(ImportFinding.of(input, t.start(), Rule.UNRESOLVED, "表" + def.id() + "中的数值「"
					+ t.text() + "」前面没有行标签，不知属于哪一行"));
		}
	}

	private LabelDictionary.Entry choose(TableToken t) {
		LabelDictionary.Entry row = null, column = null, other = null;
		for (LabelDictionary.Entry e : t.entries()) {
			if (e.role() == LabelDictionary.Role.ROW && (row == null || e.numbered())) {
				row = e;
			} else if (e.role() == LabelDictionary.Role.COLUMN) {
				column = e;
			} else if (other == null || e.role() == LabelDictionary.Role.GROUP) {
				other = e;
			}
		}
		if (row != null && column != null) {
			return rowsStarted || row.numbered() ? row : column;
		}
		return row != null ? row : other != null && other.role() == LabelDictionary.Role.GROUP ? other
				: column != null ? column : other;
	}

	private void label(TableToken t, LabelDictionary.Entry e) {
		current = null;
		switch (e.role()) {
		case ROW -> {
			rowsStarted = true;
			RowDef row = e.row();
			if (rowRuns.containsKey(row)) {
				findings.add(ImportFinding.of(input, t.start(), Rule.UNRESOLVED, "表" + def.id() + "的「"
						+ row.label() + "」行出现两次（另一次在第 " + input.line(rowRuns.get(row).offset()) + " 行）；此处的数值未读取"));
				current = new CellRun(row.label(), List.of(row), t);
				return;
			}
			current = new CellRun(row.label(), List.of(row), t);
			current.variant = e.variant() ? Labels.key(e.label()) : null;
			rowRuns.put(row, current);
			notes.rowLabel(t, e);
		}
		case GROUP -> {
			current = new CellRun(e.label(), e.rows(), t);
			groupRuns.add(current);
			notes.headerLabel(t);
		}
		case COLUMN -> {
			headerColumns.add(e.column().id());
			notes.columnLabel(t, e);
		}
		default -> notes.headerLabel(t);
		}
	}

	private Parsed finish(boolean cut) {
		Set<CellRef> knownZero = new HashSet<>();
		List<ColumnDef> missing = missingColumns();
		for (ColumnDef c : missing) {
			for (RowDef r : def.rows()) {
				if (r.columns().contains(c)) {
					knownZero.add(new CellRef(def, r, c));
				}
			}
		}
		this.missingColumns = missing;
		List<CellRun> runs = new ArrayList<>();
		Set<RowDef> covered = new HashSet<>(rowRuns.keySet());
		for (CellRun g : groupRuns) {
			List<RowDef> rows = g.rows.stream().filter(r -> !covered.contains(r)).toList();
			if (printedAsOneRow(g, rows)) {
				runs.addAll(oneRowGroup(g, rows));
				covered.addAll(rows);
			} else if (!g.values.isEmpty() && !rows.isEmpty()) {
				CellRun run = new CellRun(g.name, rows, g.anchor);
				run.values.addAll(g.values);
				runs.add(run);
				covered.addAll(rows);
			}
		}
		if (!tableValues.isEmpty()) {
			// a table whose rows are bands of its header (表四): the labels without values of their own are headers
			rowRuns.values().removeIf(r -> r.values.isEmpty());
			covered.retainAll(rowRuns.keySet());
			List<RowDef> rows = def.rows().stream().filter(r -> !covered.contains(r)).toList();
			if (!rows.isEmpty()) {
				CellRun run = new CellRun("表" + def.id(), rows, null);
				run.values.addAll(tableValues);
				runs.add(run);
				covered.addAll(rows);
			}
		}
		for (RowDef r : def.rows()) {
			if (rowRuns.containsKey(r)) {
				runs.add(rowRuns.get(r));
			} else if (!covered.contains(r)) {
				runs.add(new CellRun(r.label(), List.of(r), null));
			}
		}
		runs.forEach(r -> r.cells = cells(r.rows));
		runs.sort((a, b) -> Integer.compare(def.rows().indexOf(a.rows.get(0)), def.rows().indexOf(b.rows.get(0))));
		if (cut) {
			runs.stream().filter(r -> !r.absent()).reduce((a, b) -> b).ifPresent(r -> r.atCut = true);
		}
		rowRuns.values().forEach(notes::valuesApart);
		notes.finish(missing, Math.max(0, first));
		return new Parsed(def, runs, knownZero, first, last < 0 ? first : last);
	}

	private List<ColumnDef> missingColumns = List.of();

	/**
	 * Whether a group's rows are printed as one row, as the trial format of 2019 printed them (表三
	 * 「（六）其他处理」 with the values of one row, where the format in force has three rows under it):
	 * exactly one row's values, and the format of 2019 has the group's label as a row of its own.
	 */
	private boolean printedAsOneRow(CellRun g, List<RowDef> rows) {
		if (rows.size() < 2 || rows.size() != g.rows.size()) {
			return false;
		}
		int perRow = (int) rows.get(0).columns().stream().filter(c -> !missingColumns.contains(c)).count();
		if (g.values.size() != perRow || rows.stream().anyMatch(r -> r.columns().size() != rows.get(0).columns().size())) {
			return false;
		}
		String key = Labels.key(g.name);
		return ReportFormat.of(FormatVersion.V2019).table(def.id()).stream().flatMap(t -> t.rows().stream())
				.anyMatch(r -> r.group() == null && Labels.key(r.label()).equals(key));
	}

	/**
	 * The rows of a group printed as one row: all 0 when every value printed is 0 (no row can be less);
	 * otherwise the sum cannot be split between the rows, which stay for the reader to fill in.
	 */
	private List<CellRun> oneRowGroup(CellRun g, List<RowDef> rows) {
		boolean zero = g.values.stream().allMatch(t -> t.kind() == TableToken.Kind.BLANK
				|| t.kind() == TableToken.Kind.NUMBER && t.text().matches("0+"));
		List<CellRun> runs = new ArrayList<>();
		StringBuilder printed = new StringBuilder();
		g.values.forEach(t -> printed.append(printed.length() == 0 ? "" : " ").append(t.kind() == TableToken.Kind.BLANK ? "（空白）" : t.text()));
		for (RowDef r : rows) {
			CellRun run = new CellRun(r.label(), List.of(r), zero ? g.anchor : null);
			if (zero) {
				run.values.addAll(g.values);
			}
			run.explained = !zero;
			runs.add(run);
		}
		findings.add(ImportFinding.of(input, g.anchor.start(), zero ? Rule.LAYOUT : Rule.UNRESOLVED, "「" + g.name
				+ "」下的 " + rows.size() + " 行印成了一行（" + printed + "，2019 年试行格式的排法）"
				+ (zero ? "：全为 0，各行均读作 0" : "：合计无法分到各行——" + undivided(g, rows) + "；请按原表填写各行")));
		return runs;
	}

	/**
	 * What of a group printed as one row stays open: each non-zero value printed, by its column, may
	 * belong to any of the group's rows or be split between them (the rows' sum is the value printed).
	 */
	private String undivided(CellRun g, List<RowDef> rows) {
		List<ColumnDef> columns = rows.get(0).columns().stream().filter(c -> !missingColumns.contains(c)).toList();
		List<String> open = new ArrayList<>();
		for (int i = 0; i < g.values.size() && i < columns.size(); i++) {
			TableToken t = g.values.get(i);
			if (t.kind() == TableToken.Kind.NUMBER && !t.text().matches("0+")) {
				open.add("「" + columns.get(i).label() + "」" + t.text());
			}
		}
		return String.join("、", open) + " 可属于" + rows.stream().map(r -> "「" + r.ref() + "」").collect(Collectors.joining())
				+ "中任一行，也可分在几行（" + rows.size() + " 行之和为所印数值）";
	}

	/**
	 * The column the layout lets published tables leave out, when the header names the other columns of
	 * its group but not that one (表三 printed without 其他 of 法人或其他组织).
	 */
	private List<ColumnDef> missingColumns() {
		ColumnDef optional = def.layout().optional();
		if (optional == null || headerColumns.isEmpty()) {
			return List.of();
		}
		List<ColumnDef> group = def.columns().stream()
				.filter(c -> c.group() != null && c.group().equals(optional.group())).toList();
		List<ColumnDef> absent = group.stream().filter(c -> !headerColumns.contains(c.id())).toList();
		return absent.size() == 1 && absent.get(0).equals(optional) ? absent : List.of();
	}

	private List<CellRef> cells(List<RowDef> rows) {
		List<CellRef> cells = new ArrayList<>();
		for (RowDef r : rows) {
			for (ColumnDef c : r.columns()) {
				if (!missingColumns.contains(c)) {
					cells.add(new CellRef(def, r, c));
				}
			}
		}
		return cells;
	}
}
