package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.text.InputText;

/**
 * The findings a table's layout gives: labels re-wrapped over lines (headers split per character are
 * summed up in one finding per table), values on other lines than their label, sub-item labels at the
 * start of the line, label variants, fragments of text the format does not know, a missing column.
 */
final class LayoutFindings {

	/** A label spaced out between its characters (「结 果 维持」). */
	private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern
			.compile("[\\u3400-\\u9fff][ \\u3000]+[\\u3400-\\u9fff]");

	private final TableDef def;
	private final InputText input;
	private final List<ImportFinding> findings;
	private final List<String> fragments = new ArrayList<>();
	private int fragmentOffset = -1;
	private int wrappedHeaders;
	private int wrappedFrom = -1;
	private int wrappedTo;
	private TableToken lastSubItem;

	LayoutFindings(TableDef def, InputText input, List<ImportFinding> findings) {
		this.def = def;
		this.input = input;
		this.findings = findings;
	}

	void text(TableToken t) {
		String text = t.text();
		if (t.glued()) {
			findings.add(ImportFinding.of(input, t.start(), Rule.LAYOUT, "表" + def.id() + "中的文字「" + text
					+ "」含有数字，是说明文字，不作为数值读取"));
			return;
		}
		if (fragmentOffset < 0) {
			fragmentOffset = t.start();
		}
		fragments.add(text);
	}

	void rowLabel(TableToken t, LabelDictionary.Entry e) {
		RowDef row = e.row();
		if (e.variant()) {
			findings.add(ImportFinding.variant(input, t.start(), Rule.S2, "表" + def.id() + "的行「" + e.label()
					+ "」不是正式用语，应为「" + row.label() + "」（照录，validate 会给出同样的警告）"));
		}
		int from = input.line(t.start()), to = input.line(t.end() - 1);
		if (to > from) {
			findings.add(ImportFinding.of(input, t.start(), Rule.LAYOUT, "行标签「" + row.label() + "」被折成 "
					+ (to - from + 1) + " 行（第 " + from + "–" + to + " 行），已合并"));
		}
		if (row.group() != null) {
			boolean atLineStart = input.column(t.start()) == 1;
			if (atLineStart && lastSubItem != null && input.column(lastSubItem.start()) > 1) {
				findings.add(ImportFinding.of(input, t.start(), Rule.LAYOUT, "子项「" + row.label()
						+ "」的标签从行首开始（缺少分组列），已按标签归入「" + row.group() + "」"));
			}
			lastSubItem = t;
		}
	}

	void columnLabel(TableToken t, LabelDictionary.Entry e) {
		if (e.variant()) {
			findings.add(ImportFinding.variant(input, t.start(), Rule.S2, "表" + def.id() + "的表头「" + e.label()
					+ "」不是正式用语，应为「" + e.official() + "」；已按正式的列读取"));
		}
		headerLabel(t);
	}

	void headerLabel(TableToken t) {
		int from = input.line(t.start()), to = input.line(t.end() - 1);
		if (to > from || SPACED.matcher(input.text().substring(t.start(), t.end())).find()) {
			wrappedHeaders++;
			wrappedFrom = wrappedFrom < 0 ? from : wrappedFrom;
			wrappedTo = to;
		}
	}

	void valuesApart(CellRun run) {
		if (run.anchor == null || run.values.isEmpty()) {
			return;
		}
		int labelEnd = input.line(run.anchor.end() - 1);
		int valueLine = input.line(run.values.get(0).start());
		if (valueLine > labelEnd) {
			findings.add(ImportFinding.of(input, run.values.get(0).start(), Rule.LAYOUT, "「" + run.name
					+ "」的数值在第 " + valueLine + " 行，与标签（第 " + labelEnd + " 行）不在同一行，已按标签归行"));
		}
	}

	void finish(List<ColumnDef> missing, int tableOffset) {
		if (wrappedHeaders > 0) {
			findings.add(ImportFinding.of(wrappedFrom, 1, Rule.LAYOUT, "表"
					+ def.id() + "的表头有 " + wrappedHeaders + " 个标签被折行或逐字拆开（第 " + wrappedFrom + "–" + wrappedTo
					+ " 行），已按格式的标签识别"));
		}
		if (!fragments.isEmpty()) {
			findings.add(ImportFinding.of(input, fragmentOffset, Rule.LAYOUT, "表" + def.id()
					+ "中格式没有的文字（不含数值，多为被拆开的分组标题或表头）已略去：「" + String.join("」「", fragments) + "」"));
		}
		for (ColumnDef c : missing) {
			findings.add(ImportFinding.of(input, tableOffset, Rule.COLUMNS, "表"
					+ def.id() + "的表头没有「" + c.label() + "」列（只有 " + (def.rows().get(0).columns().size() - 1)
					+ " 个数值列）：数值按其余各列读取，「" + c.label() + "」列按 0 处理"));
		}
	}
}
