package org.report.dsl.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.report.dsl.format.DataIds;
import org.report.dsl.format.TableId;

/**
 * One table cell of a published report as data (数据单元格), labelled from the format model: what the
 * JSON's {@code cells} and the long-format exports (CSV, Parquet) are made of.
 *
 * @param id            table, row and column joined ({@link DataIds#cell}): equal across 2019 and 2021
 *                      exactly where the meaning is equal
 * @param table         the table's id (二, 三, 四)
 * @param row           the row's data id ({@link DataIds#row})
 * @param column        the column's id
 * @param rowLabel      the official row label (行标签), with its numbering
 * @param rowGroup      the group the row belongs to (（三）不予公开), or null
 * @param columnLabel   the official column label (列标签)
 * @param value         the value; null when not applicable (「/」)
 * @param origin        whether the report wrote it, the tool computed it (an omitted total), or it was
 *                      omitted and is 0 by the language's rule
 * @param notApplicable written as 「/」 (不适用)
 */
public record DataCell(String id, String table, String row, String column, String rowLabel, String rowGroup,
		String columnLabel, BigDecimal value, Origin origin, boolean notApplicable) {

	/** Where a cell's value comes from. */
	public enum Origin {
		/** 填写：written in the report. */
		WRITTEN,
		/** 计算：an omitted total, computed. */
		COMPUTED,
		/** 未填：not written; 0 by the language's rule. */
		OMITTED;

		/** The name in the data outputs: written, computed, omitted. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Every cell of the report's tables 二, 三, 四, in official order. */
	public static List<DataCell> of(PublishedReport report) {
		List<DataCell> cells = new ArrayList<>();
		for (TableId id : TableId.values()) {
			PublishedTable table = report.table(id.id()).orElse(null);
			if (table == null) {
				continue;
			}
			for (PublishedRow row : table.rows()) {
				for (PublishedCell cell : row.cells()) {
					cells.add(of(report, cell));
				}
			}
		}
		return cells;
	}

	private static DataCell of(PublishedReport report, PublishedCell cell) {
		boolean notApplicable = cell.text().equals("/");
		Origin origin = cell.source() != null ? Origin.WRITTEN : cell.computed() ? Origin.COMPUTED : Origin.OMITTED;
		return new DataCell(DataIds.cell(report.format(), cell.cell()), cell.cell().table().id(),
				DataIds.row(report.format(), cell.cell().row()), cell.cell().column().id(), cell.cell().row().label(),
				cell.cell().row().group(), cell.cell().column().label(), notApplicable ? null : new BigDecimal(cell.text()),
				origin, notApplicable);
	}
}
