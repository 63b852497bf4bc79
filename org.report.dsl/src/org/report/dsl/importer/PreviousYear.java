package org.report.dsl.importer;

import java.math.BigDecimal;
import java.util.Map;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.FormatVersion;

/**
 * The same organ's report for the year before (read by the caller from its .report source): its
 * values break ties between segmentations through X1 (上年结转 = last year's 结转下年度继续办理) and X2
 * (现行有效件数 = last year's + 制发 − 废止).
 *
 * @param path    how the output should name it (「上年 "…"」)
 * @param organ   its organ
 * @param year    its year
 * @param version its layout
 * @param values  every cell of its tables (written, computed or 0)
 */
public record PreviousYear(String path, String organ, int year, FormatVersion version, Map<CellRef, BigDecimal> values) {

	/** The value of the previous report's cell with these row and column ids in the given table. */
	public BigDecimal value(String table, String row, String column) {
		for (Map.Entry<CellRef, BigDecimal> e : values.entrySet()) {
			CellRef c = e.getKey();
			if (c.table().id().equals(table) && c.row().id().equals(row) && c.column().id().equals(column)) {
				return e.getValue();
			}
		}
		return null;
	}
}
