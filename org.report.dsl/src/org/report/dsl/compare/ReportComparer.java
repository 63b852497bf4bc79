package org.report.dsl.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.CrossYearRelation;
import org.report.dsl.format.CrossYearRelations;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;

/**
 * Compares one organ's reports of two years (年度对比) as published ({@link PublishedReport}: every
 * cell filled, narrative references replaced by values). Cells correspond through the ids of the
 * format model, so a 2019-format report compares with a 2021-format one row by row where the rows
 * mean the same. Stateless and thread-safe.
 */
public final class ReportComparer {

	/** How many of the largest changes are called out (变化最大的项). */
	public static final int LARGEST = 10;

	/** The values of a report's cells by cell; 「/」 as a present key with a null value. */
	private record Values(Map<CellRef, BigDecimal> cells) {

		static Values of(PublishedReport report) {
			Map<CellRef, BigDecimal> cells = new HashMap<>();
			for (PublishedSection section : report.sections()) {
				for (Element e : section.elements()) {
					if (e instanceof Element.TableElement t) {
						put(t.table(), cells);
					}
				}
			}
			return new Values(cells);
		}

		private static void put(PublishedTable table, Map<CellRef, BigDecimal> cells) {
			for (PublishedRow row : table.rows()) {
				for (PublishedCell cell : row.cells()) {
					cells.put(cell.cell(), number(cell.text()));
				}
			}
		}

		private static BigDecimal number(String text) {
			try {
				return new BigDecimal(text);
			} catch (NumberFormatException e) {
				return null; // 「/」
			}
		}

		BigDecimal get(CellRef cell) {
			return cells.get(cell);
		}
	}

	public ReportComparison compare(PublishedReport previous, PublishedReport current) {
		ReportFormat before = ReportFormat.of(previous.format()), now = ReportFormat.of(current.format());
		Values was = Values.of(previous), is = Values.of(current);
		List<CellChange> cells = cells(before, now, was, is);
		return new ReportComparison(current.organ(), previous.organ(), previous.year(), current.year(),
				previous.format(), current.format(), cells, checks(before, now, was, is), largest(cells),
				NarrativeDiff.of(previous, current), sections(previous, current));
	}

	/** Every cell of this year's format with its counterpart, then those only last year's format has. */
	private static List<CellChange> cells(ReportFormat before, ReportFormat now, Values was, Values is) {
		List<CellChange> cells = new ArrayList<>();
		for (TableDef table : now.tables()) {
			TableDef old = before.table(table.id()).orElse(null);
			for (RowDef row : table.rows()) {
				RowDef oldRow = old == null ? null : old.row(row.id()).orElse(null);
				for (ColumnDef column : row.columns()) {
					CellRef here = new CellRef(table, row, column);
					ColumnDef oldColumn = oldRow == null ? null : oldRow.column(column.id());
					cells.add(oldColumn == null
							? new CellChange(here, null, is.get(here), CellChange.Presence.CURRENT_ONLY)
							: new CellChange(here, was.get(new CellRef(old, oldRow, oldColumn)), is.get(here),
									CellChange.Presence.BOTH));
				}
			}
		}
		for (TableDef old : before.tables()) {
			TableDef table = now.table(old.id()).orElse(null);
			for (RowDef oldRow : old.rows()) {
				RowDef row = table == null ? null : table.row(oldRow.id()).orElse(null);
				for (ColumnDef column : oldRow.columns()) {
					if (row == null || row.column(column.id()) == null) {
						CellRef there = new CellRef(old, oldRow, column);
						cells.add(new CellChange(there, was.get(there), null, CellChange.Presence.PREVIOUS_ONLY));
					}
				}
			}
		}
		return cells;
	}

	private static List<CarryOverCheck> checks(ReportFormat before, ReportFormat now, Values was, Values is) {
		List<CarryOverCheck> checks = new ArrayList<>();
		for (CrossYearRelation relation : CrossYearRelations.between(before, now)) {
			BigDecimal sum = BigDecimal.ZERO;
			for (CrossYearRelation.Term term : relation.terms()) {
				BigDecimal v = is.get(term.cell());
				sum = sum.add(v == null ? BigDecimal.ZERO : term.sign() < 0 ? v.negate() : v);
			}
			BigDecimal last = was.get(relation.previous());
			checks.add(new CarryOverCheck(relation, sum, last == null ? BigDecimal.ZERO : last));
		}
		return checks;
	}

	/**
	 * The largest changes among item cells (not totals, which repeat their items' changes): by
	 * absolute change, then by relative change (0→n first), then in official order.
	 */
	private static List<CellChange> largest(List<CellChange> cells) {
		Comparator<CellChange> bySize = Comparator.comparing((CellChange c) -> c.delta().abs()).reversed()
				.thenComparing(c -> c.fromZero() ? 0 : 1)
				.thenComparing(c -> c.percent() == null ? BigDecimal.ZERO : c.percent().abs(), Comparator.reverseOrder());
		return cells.stream()
				.filter(c -> c.changed() && !c.cell().row().isTotal() && !c.cell().column().total())
				.sorted(bySize).limit(LARGEST).toList(); // stable: official order among equals
	}

	/** Sections one year has and the other not, then the parts (sub-headings) of section 一 likewise. */
	private static List<SectionChange> sections(PublishedReport previous, PublishedReport current) {
		List<SectionChange> changes = new ArrayList<>();
		for (PublishedSection s : current.sections()) {
			boolean now = s.source() != null;
			boolean before = previous.section(s.def().number()).map(p -> p.source() != null).orElse(false);
			if (now != before) {
				changes.add(new SectionChange(s.def().label(), now));
			}
		}
		for (PublishedSection s : previous.sections()) {
			if (s.source() != null && current.section(s.def().number()).isEmpty()) {
				changes.add(new SectionChange(s.def().label(), false));
			}
		}
		Set<String> partsBefore = parts(previous), partsNow = parts(current);
		partsNow.stream().filter(p -> !partsBefore.contains(p)).forEach(p -> changes.add(new SectionChange(p, true)));
		partsBefore.stream().filter(p -> !partsNow.contains(p)).forEach(p -> changes.add(new SectionChange(p, false)));
		return changes;
	}

	private static Set<String> parts(PublishedReport report) {
		Set<String> parts = new LinkedHashSet<>();
		for (PublishedSection s : report.sections()) {
			for (Element e : s.elements()) {
				if (e instanceof Element.SubHeading h) {
					parts.add(h.text().strip());
				}
			}
		}
		return parts;
	}
}
