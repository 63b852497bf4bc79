package org.report.dsl.publish.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.reportDsl.Report;

/**
 * Where each finding is shown. A finding belongs to the nearest rendered element whose source is its
 * source or contains it: walking {@code finding.source()} and its containers, the first that is a
 * written cell, a source row, a narrative, a heading or a table wins; a finding about anything else of
 * the report belongs to the report header. Syntax errors and findings without source have no place and
 * are listed at the top only: the model around a syntax error is what the parser recovered, not what
 * the author wrote. Findings are numbered in source order (line, column); the number is the
 * same in the top list, on the marker and in the note.
 * <p>
 * Where a reviewer must act: a failing 勾稽关系 is shown on the cell its failures share (the likely
 * culprit, {@link org.report.dsl.calc.Culprits}), with the totals that report it marked as involved; a
 * missing section where it belongs (between the sections around it); a narrative finding on its text
 * range. Each place has a label a reviewer understands (表三 （二）部分公开·自然人, 第四部分标题 …).
 */
final class ReviewMarks {

	/** What kind of element a finding is shown on. */
	enum Kind {
		CELL, ROW, TABLE, TEXT, HEADING, HEADER,
		/** where a section the report lacks belongs */
		MISSING
	}

	/**
	 * A rendered element a finding can be shown on.
	 *
	 * @param table for cells, rows and tables: the id of the table whose notes list holds the message
	 * @param label where it is, as a reviewer names it: 表三 （二）部分公开·自然人, 第四部分标题, 第一部分正文
	 */
	record Place(String id, Kind kind, String table, String label) {
	}

	/**
	 * A finding with its number and its place (null: the top list only).
	 *
	 * @param textLine for a finding inside a narrative: the line of the narrative's text it is on (from
	 *                 0), so that the page marks that paragraph; otherwise -1
	 * @param start    for a finding on a range of a narrative: where the range starts in the published
	 *                 text of the narrative (references replaced by values); otherwise -1
	 * @param end      the end of that range (exclusive), or -1
	 */
	record Mark(int number, ReviewFinding finding, Place place, int textLine, int start, int end) {

		boolean onRange() {
			return start >= 0 && end > start;
		}
	}

	/** No findings: what the print page uses. */
	static final ReviewMarks NONE = new ReviewMarks(false, List.of(), List.of());

	private final boolean review;
	private final List<Mark> marks;
	private final List<SectionDef> missing;
	private final Map<String, List<Mark>> byPlace = new HashMap<>();
	private final Map<String, List<Mark>> byTable = new HashMap<>();
	private final Set<String> culprits = new HashSet<>();
	private final Map<String, Boolean> involved = new HashMap<>();

	private ReviewMarks(boolean review, List<Mark> marks, List<SectionDef> missing) {
		this.review = review;
		this.marks = marks;
		this.missing = missing;
		for (Mark m : marks) {
			if (m.place() != null) {
				byPlace.computeIfAbsent(m.place().id(), k -> new ArrayList<>(2)).add(m);
				if (m.place().table() != null) {
					byTable.computeIfAbsent(m.place().table(), k -> new ArrayList<>(4)).add(m);
				}
			}
			if (m.finding().culprit() != null) {
				culprits.add(Ids.cell(m.finding().culprit()));
			}
			if (m.finding().suspect() != null) {
				for (CellRef c : m.finding().suspect().involved()) {
					involved.merge(Ids.cell(c), m.finding().error(), Boolean::logicalOr);
				}
			}
		}
	}

	/** Places every finding on the rendered form of the report. */
	static ReviewMarks of(PublishedReport report, List<ReviewFinding> findings) {
		Map<EObject, Place> places = places(report);
		List<SectionDef> missing = missingSections(report);
		List<ReviewFinding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparingInt(ReviewFinding::line).thenComparingInt(ReviewFinding::column));
		List<Mark> marks = new ArrayList<>(sorted.size());
		Place header = new Place(Ids.HEADER, Kind.HEADER, null, "报告标题");
		for (ReviewFinding f : sorted) {
			boolean placeless = f.source() == null || f.rule() == Rule.SYNTAX;
			EObject at = placeless ? null : placed(f.source(), places);
			Place place = placeless ? null : at == null ? header : places.get(at);
			if (f.culprit() != null) {
				place = new Place(Ids.cell(f.culprit()), Kind.CELL, Ids.table(f.culprit().table()), label(f.culprit()));
			} else if (place != null && place.kind() == Kind.HEADER && f.rule() == Rule.S1 && at == report.source()
					&& !missing.isEmpty()) {
				SectionDef first = missing.get(0);
				place = new Place(Ids.section(first.number()), Kind.MISSING, null, missingLabel(first));
			}
			int textLine = place != null && place.kind() == Kind.TEXT ? textLine(at, f.line()) : -1;
			int[] range = place != null && place.kind() == Kind.TEXT ? NarrativeRange.of(at, text(report, at), f) : null;
			marks.add(new Mark(marks.size() + 1, f, place, textLine, range == null ? -1 : range[0],
					range == null ? -1 : range[1]));
		}
		return new ReviewMarks(true, List.copyOf(marks), missing);
	}

	/** The sections of the format the report lacks, in official order. */
	static List<SectionDef> missingSections(PublishedReport report) {
		if (report.source() == null || report.format() == null) {
			return List.of();
		}
		Set<Integer> present = new HashSet<>();
		report.sections().forEach(s -> present.add(s.def().number()));
		return ReportFormat.of(report.format()).sections().stream().filter(d -> !present.contains(d.number())).toList();
	}

	/** The published text of a narrative, or null. */
	private static String text(PublishedReport report, EObject narrative) {
		if (report.source() != null && narrative == report.source().getPreamble()) {
			return report.preamble();
		}
		if (report.source() != null && narrative == report.source().getTrailer()) {
			return report.trailer();
		}
		for (PublishedSection s : report.sections()) {
			for (Element e : s.elements()) {
				if (e instanceof Element.Text t && t.source() == narrative) {
					return t.text();
				}
			}
		}
		return null;
	}

	/** 表三 （二）部分公开·自然人: the table, the row (with its group), the column. */
	static String label(CellRef cell) {
		return "表" + cell.table().id() + " " + rowLabel(cell.row()) + "·" + cell.column().label();
	}

	/** A row by its numbering and short name, with its group: （三）不予公开 1.属于国家秘密. */
	static String rowLabel(RowDef row) {
		String label = row.label();
		int note = label.indexOf('（', 1);
		String name = note > 0 ? label.substring(0, note) : label;
		return row.group() == null || label.startsWith(row.group()) ? name : row.group() + " " + name;
	}

	private static String missingLabel(SectionDef def) {
		return "第" + def.numeral() + "部分（缺）";
	}

	/** The nearest element at or above the source that is rendered, or null. */
	private static EObject placed(EObject source, Map<EObject, Place> places) {
		for (EObject o = source; o != null; o = o.eContainer()) {
			if (places.containsKey(o)) {
				return o;
			}
		}
		return null;
	}

	/**
	 * The line of a narrative's text that a source line falls on: its text starts on the line of the
	 * opening 「\"\"\"」, or on the next when the quotes end their line (the converter drops that break).
	 */
	private static int textLine(EObject narrative, int sourceLine) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(narrative);
		if (node == null) {
			return -1;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			String text = leaf.getText();
			if (text.startsWith("\"\"\"")) {
				boolean breakFirst = text.startsWith("\"\"\"\n") || text.startsWith("\"\"\"\r\n");
				int line = sourceLine - leaf.getStartLine() - (breakFirst ? 1 : 0);
				return line >= 0 ? line : -1;
			}
		}
		return -1;
	}

	/** The rendered elements of the report by their sources. */
	static Map<EObject, Place> places(PublishedReport report) {
		Map<EObject, Place> places = new IdentityHashMap<>();
		Report source = report.source();
		if (source != null) {
			places.put(source, new Place(Ids.HEADER, Kind.HEADER, null, "报告标题"));
			put(places, source.getPreamble(), new Place(Ids.PREAMBLE, Kind.TEXT, null, "正文前的文字"));
			put(places, source.getTrailer(), new Place(Ids.TRAILER, Kind.TEXT, null, "正文后的文字"));
		}
		for (PublishedSection section : report.sections()) {
			int number = section.def().number();
			String part = "第" + section.def().numeral() + "部分";
			put(places, section.source(), new Place(Ids.section(number), Kind.HEADING, null, part + "标题"));
			List<Element> elements = section.elements();
			for (int i = 0; i < elements.size(); i++) {
				Element e = elements.get(i);
				if (e instanceof Element.TableElement t) {
					table(places, t.table());
				} else if (e instanceof Element.SubHeading h) {
					put(places, e.source(), new Place(Ids.element(number, i), Kind.HEADING, null, part + "小标题「" + h.text() + "」"));
				} else {
					put(places, e.source(), new Place(Ids.element(number, i), Kind.TEXT, null, part + "正文"));
				}
			}
		}
		return places;
	}

	private static void table(Map<EObject, Place> places, PublishedTable table) {
		if (table == null) {
			return;
		}
		String tableId = Ids.table(table.def());
		String caption = "表" + table.def().id();
		put(places, table.source(), new Place(tableId, Kind.TABLE, tableId, caption));
		for (PublishedRow row : table.rows()) {
			Place rowPlace = null;
			for (PublishedCell cell : row.cells()) {
				if (cell.source() == null) {
					continue;
				}
				put(places, cell.source(), new Place(Ids.cell(cell.cell()), Kind.CELL, tableId, label(cell.cell())));
				EObject sourceRow = cell.source().eContainer();
				if (rowPlace == null) {
					rowPlace = new Place(Ids.row(table.def(), row.row()), Kind.ROW, tableId,
							caption + " " + rowLabel(row.row()));
				}
				if (sourceRow != null && sourceRow != table.source()) {
					put(places, sourceRow, rowPlace);
				}
			}
		}
	}

	private static void put(Map<EObject, Place> places, EObject source, Place place) {
		if (source != null) {
			places.putIfAbsent(source, place);
		}
	}

	/** Whether this is a review page (even one without findings). */
	boolean review() {
		return review;
	}

	List<Mark> all() {
		return marks;
	}

	/** The findings shown on the element with this id. */
	List<Mark> at(String id) {
		List<Mark> m = byPlace.get(id);
		return m == null ? List.of() : m;
	}

	/** The findings whose messages are listed under this table (its cells, rows and itself). */
	List<Mark> underTable(String tableId) {
		List<Mark> m = byTable.get(tableId);
		return m == null ? List.of() : m;
	}

	/** The sections the report lacks (a review page shows where each belongs). */
	List<SectionDef> missing() {
		return marks.stream().anyMatch(m -> m.place() != null && m.place().kind() == Kind.MISSING) ? missing : List.of();
	}

	/** " culprit" for the likely wrong cell of failing relations, else "". */
	String culprit(String cellId) {
		return culprits.contains(cellId) ? " culprit" : "";
	}

	/**
	 * " involved error" (or warning) for a cell that reports a failure another cell likely causes and is
	 * itself not marked; else "".
	 */
	String involved(String cellId) {
		Boolean error = involved.get(cellId);
		if (error == null || culprits.contains(cellId) || byPlace.containsKey(cellId)) {
			return "";
		}
		return error ? " involved error" : " involved warning";
	}

	long errors() {
		return marks.stream().filter(m -> m.finding().error()).count();
	}

	long warnings() {
		return marks.size() - errors();
	}

	/** The findings of a narrative that are on its text lines first to last (they mark that paragraph). */
	List<Mark> onLines(String id, int first, int last) {
		return at(id).stream().filter(m -> m.textLine() >= first && m.textLine() <= last).toList();
	}



	/**
	 * " finding error" or " finding warning" for an element with findings (error wins), else "". A
	 * finding that marks a paragraph of a narrative does not mark the whole narrative.
	 */
	String classes(String id) {
		List<Mark> here = at(id);
		if (here.isEmpty()) {
			return ""; // most cells: no stream for them (a page asks this for every cell)
		}
		return classes(here.stream().filter(m -> m.textLine() < 0).toList());
	}

	static String classes(List<Mark> marks) {
		if (marks.isEmpty()) {
			return "";
		}
		for (Mark mark : marks) {
			if (mark.finding().error()) {
				return " finding error";
			}
		}
		return " finding warning";
	}
}
