package org.report.dsl.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.calc.TotalsCalculator;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatIndex;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.Table2;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.ValueKind;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Table;
import org.report.dsl.reportDsl.Value;

/** Reads one table: resolves row and column labels, reads values, completes and checks totals. */
final class TableReader {

	private final FormatIndex index;
	private final List<Finding> findings;
	private final NumberReader numbers = new NumberReader();
	private final TotalsCalculator calculator = new TotalsCalculator();

	TableReader(FormatIndex index, List<Finding> findings) {
		this.index = index;
		this.findings = findings;
	}

	TableData read(TableDef def, Table source) {
		Map<CellRef, CellEntry> cells = new LinkedHashMap<>();
		if (source != null) {
			for (Row row : source.getRows()) {
				resolveRow(def, row).ifPresent(rowDef -> readRow(def, rowDef, row, cells));
			}
		}
		Map<CellRef, Long> written = new HashMap<>();
		cells.forEach((ref, e) -> {
			if (e.number() != null && ref.column().kind() == ValueKind.COUNT) {
				written.put(ref, e.number().longValueExact());
			}
		});
		return new TableData(def, source, cells, calculator.check(def, written));
	}

	private Optional<RowDef> resolveRow(TableDef def, Row row) {
		Optional<LabelMatch<RowDef>> match = index.row(def, row.getLabel());
		if (match.isEmpty()) {
			if (hasSyntaxError(row)) {
				return Optional.empty(); // the syntax error already says what is wrong here
			}
			String message = index.isGroupLabel(def, row.getLabel())
					? "「" + row.getLabel() + "」是表" + def.id() + "的分组标题，本身没有数值；请写其下的具体行"
					: "表" + def.id() + "没有「" + row.getLabel() + "」这一行";
			findings.add(Finding.of(Rule.S2, message, row, Literals.ROW__LABEL));
			return Optional.empty();
		}
		if (match.get().isVariant()) {
			findings.add(Finding.variant(Rule.S2, "「" + row.getLabel() + "」不是正式用语，应为「" + match.get().def().label()
					+ "」", row, Literals.ROW__LABEL, match.get().def().label()));
		}
		return Optional.of(match.get().def());
	}

	private void readRow(TableDef def, RowDef rowDef, Row row, Map<CellRef, CellEntry> cells) {
		List<ColumnDef> columns = rowDef.columns();
		for (int i = 0; i < row.getValues().size(); i++) {
			Value value = row.getValues().get(i);
			if (i >= columns.size()) {
				findings.add(Finding.of(Rule.S2, "「" + rowDef.ref() + "」只有 " + columns.size() + " 列，多出第 "
						+ (i + 1) + " 个数值", value, null));
				continue;
			}
			put(def, rowDef, columns.get(i), value, value, cells);
		}
		for (Cell cell : row.getCells()) {
			Optional<LabelMatch<ColumnDef>> column = index.column(def, rowDef, cell.getColumn());
			if (column.isEmpty()) {
				findings.add(Finding.of(Rule.S2, "「" + rowDef.ref() + "」没有「" + cell.getColumn() + "」列；可用的列："
						+ String.join("、", columns.stream().map(ColumnDef::label).toList()), cell,
						Literals.CELL__COLUMN));
				continue;
			}
			if (column.get().isVariant()) {
				findings.add(Finding.variant(Rule.S2, "「" + cell.getColumn() + "」不是正式用语，应为「"
						+ column.get().def().label() + "」", cell, Literals.CELL__COLUMN, column.get().def().label()));
			}
			put(def, rowDef, column.get().def(), cell.getValue(), cell, cells);
		}
	}

	private void put(TableDef def, RowDef rowDef, ColumnDef column, Value value, EObject owner,
			Map<CellRef, CellEntry> cells) {
		CellRef ref = new CellRef(def, rowDef, column);
		CellEntry previous = cells.get(ref);
		if (previous != null) {
			findings.add(Finding.of(Rule.S2, "单元格重复：" + ref.display() + " 已在第 " + line(previous.owner())
					+ " 行写过", owner, null));
			return;
		}
		cells.put(ref, new CellEntry(ref, value, owner, number(def, rowDef, column, value)));
	}

	private BigDecimal number(TableDef def, RowDef rowDef, ColumnDef column, Value value) {
		Rule rule = def.cellRule();
		if (value.isNotApplicable()) {
			if (!Table2.allowsNotApplicable(rowDef)) {
				findings.add(Finding.of(rule, "「/」只用于县级机关的「规章」行；" + rowDef.ref() + "·" + column.label()
						+ " 应填数值", value, null));
			}
			return null;
		}
		if (value.getNumber() == null) {
			return null; // a value the parser could not read (「-」 alone): its syntax error says so
		}
		NumberReader.Result result = numbers.read(value, column.kind());
		if (result instanceof NumberReader.Bad bad) {
			findings.add(Finding.of(rule, rowDef.ref() + "·" + column.label() + "：" + bad.message(), value, null));
			return null;
		}
		return ((NumberReader.Ok) result).number();
	}

	private static boolean hasSyntaxError(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return false;
		}
		for (INode n : node.getAsTreeIterable()) {
			if (n.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}

	private static int line(EObject owner) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
		return node == null ? 0 : node.getStartLine();
	}
}
