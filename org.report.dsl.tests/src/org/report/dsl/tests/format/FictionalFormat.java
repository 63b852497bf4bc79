package org.report.dsl.tests.format;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.FormatCatalog;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.RowRole;
import org.report.dsl.format.TableDef;

/**
 * A copy of the 2021 format with a fictional row and a fictional alias, put in place of the official
 * one for the length of a test (the format being the one source of truth, nothing else changes):
 * <ul>
 * <li>table 三 gains 「6.测试用虚构情形」 (alias 虚构情形) as a sixth item of （五）不予处理, after
 * 「5.要求行政机关确认或重新出具已获取信息」;
 * <li>table 三's 「（一）予以公开」 gains the alias 全部公开了.
 * </ul>
 */
public final class FictionalFormat {

	public static final String ROW_LABEL = "6.测试用虚构情形";
	public static final String ROW_ALIAS = "虚构情形";
	public static final String ALIAS = "全部公开了";

	private FictionalFormat() {
	}

	public static ReportFormat copy() {
		ReportFormat official = ReportFormat.of(FormatVersion.V2021);
		TableDef table3 = official.table3();
		List<RowDef> rows = new ArrayList<>();
		for (RowDef row : table3.rows()) {
			rows.add(row.id().equals("DISCLOSED") ? row.withAlias(ALIAS) : row);
			if (row.id().equals("CONFIRM_OR_REISSUE")) {
				rows.add(new RowDef("FICTIONAL", ROW_LABEL, "（五）6", row.group(), row.block(), List.of(ROW_ALIAS),
						List.of(), row.columns(), RowRole.ITEM));
			}
		}
		return official.withTable(table3.withRows(rows));
	}

	/** Puts the copy in place until closed. */
	public static FormatCatalog.Replacement install() {
		return FormatCatalog.replace(copy());
	}
}
