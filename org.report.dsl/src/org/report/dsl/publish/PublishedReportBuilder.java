package org.report.dsl.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.ValueKind;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.model.TableData;
import org.report.dsl.narrative.NarrativeScanner;
import org.report.dsl.narrative.ReferenceResolver;
import org.report.dsl.narrative.Segment;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Content;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Table;

/** Builds the publishable form of a read report. */
public final class PublishedReportBuilder {

	static final String TITLE_SUFFIX = "年政府信息公开工作年度报告";

	private final NarrativeScanner scanner = new NarrativeScanner();
	private final ReferenceResolver resolver = new ReferenceResolver();

	public PublishedReport build(ReportData data) {
		Report report = data.report();
		Map<String, PublishedTable> tables = new HashMap<>();
		for (TableData t : data.tables().values()) {
			tables.put(t.def().id(), table(t));
		}
		List<PublishedSection> sections = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		data.sections().stream().sorted((a, b) -> Integer.compare(a.def().number(), b.def().number()))
				.filter(s -> seen.add(s.def().number())).forEach(s -> sections.add(section(s, data, tables)));
		String organ = report.getOrgan() == null ? "" : report.getOrgan();
		int year = parseYear(report.getYear());
		String title = report.getTitle() != null ? report.getTitle() : organ + (year > 0 ? year : "") + TITLE_SUFFIX;
		return new PublishedReport(report, organ, year, data.format().version(), title,
				text(report.getPreamble(), data), List.copyOf(sections), text(report.getTrailer(), data));
	}

	private PublishedSection section(SectionEntry entry, ReportData data, Map<String, PublishedTable> tables) {
		List<Element> elements = new ArrayList<>();
		TableDef tableDef = entry.def().table();
		boolean[] tablePlaced = { false };
		addContents(entry.block(), elements, data, tables, tableDef, tablePlaced);
		for (Block part : entry.parts()) {
			elements.add(new Element.SubHeading(part.getHeading(), part));
			addContents(part, elements, data, tables, tableDef, tablePlaced);
		}
		if (tableDef != null && !tablePlaced[0]) {
			elements.add(new Element.TableElement(tables.get(tableDef.id()))); // omitted in the source: all zeros
		}
		return new PublishedSection(entry.def(), entry.block(), List.copyOf(elements));
	}

	private void addContents(Block block, List<Element> elements, ReportData data, Map<String, PublishedTable> tables,
			TableDef tableDef, boolean[] tablePlaced) {
		for (Content c : block.getContents()) {
			if (c instanceof Narrative n) {
				elements.add(new Element.Text(text(n, data), n));
			} else if (c instanceof Table && tableDef != null && !tablePlaced[0]) {
				elements.add(new Element.TableElement(tables.get(tableDef.id())));
				tablePlaced[0] = true;
			}
		}
	}

	private static PublishedTable table(TableData data) {
		List<PublishedRow> rows = new ArrayList<>();
		for (RowDef row : data.def().rows()) {
			List<PublishedCell> cells = new ArrayList<>();
			for (ColumnDef column : row.columns()) {
				CellRef ref = new CellRef(data.def(), row, column);
				CellEntry written = data.cells().get(ref);
				cells.add(new PublishedCell(ref, cellText(data, ref, written), data.isComputed(ref),
						written == null ? null : written.owner()));
			}
			rows.add(new PublishedRow(row, List.copyOf(cells)));
		}
		return new PublishedTable(data.def(), List.copyOf(rows), data.source());
	}

	/** Written digits exactly (万元 amounts keep their decimals), computed totals, 0, or 「/」. */
	static String cellText(TableData data, CellRef ref, CellEntry written) {
		if (written != null && written.notApplicable()) {
			return "/";
		}
		BigDecimal value = data.value(ref);
		return ref.column().kind() == ValueKind.COUNT ? value.toBigInteger().toString() : value.toPlainString();
	}

	/** Narrative with each well-formed reference replaced by the value it stands for. */
	private String text(Narrative narrative, ReportData data) {
		if (narrative == null || narrative.getText() == null) {
			return null;
		}
		String text = narrative.getText();
		if (text.indexOf('{') < 0) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length());
		for (Segment s : scanner.scan(text)) {
			if (s instanceof Segment.Literal l) {
				b.append(l.text());
			} else if (s instanceof Segment.Reference r) {
				ReferenceResolver.Resolution res = resolver.resolve(data, r);
				b.append(res.ok() ? cellText(data.table(res.cell().table()), res.cell(),
						data.table(res.cell().table()).cells().get(res.cell())) : r.source());
			} else if (s instanceof Segment.Malformed m) {
				b.append(m.text());
			}
		}
		return b.toString();
	}

	private static int parseYear(String year) {
		try {
			return year == null ? 0 : Integer.parseInt(year);
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
