package org.report.dsl.format;

import java.util.Map;

/**
 * The ids cells carry in the data outputs (JSON, CSV, Parquet): so that 2019 and 2021 reports can be
 * analysed together without silent misalignment, a row keeps its {@link RowDef#id()} where it means
 * the same in both versions, and gets an id of its own where the same id means something else.
 * Columns already have distinct ids where their meaning differs (表二 of 2019: 本年新制作数量 …).
 */
public final class DataIds {

	/**
	 * Rows whose id is shared by both versions with a different meaning, renamed in that version:
	 * 2019's （六）其他处理 is the whole group that 2021 splits into （六）1 逾期不补正, （六）2 逾期未缴费 and
	 * （六）3 其他, so it is not 2021's （六）3.
	 */
	private static final Map<FormatVersion, Map<String, String>> RENAMED = Map.of(FormatVersion.V2019,
			Map.of("OTHER_PROCESSING", "OTHER_PROCESSING_ALL"), FormatVersion.V2021, Map.of());

	private DataIds() {
	}

	/** The data id of a row of the given format version. */
	public static String row(FormatVersion version, RowDef row) {
		return RENAMED.get(version).getOrDefault(row.id(), row.id());
	}

	/** The data id of a cell: table, row and column ids joined with dots (三.NEW.NATURAL_PERSON). */
	public static String cell(FormatVersion version, CellRef cell) {
		return cell.table().id() + "." + row(version, cell.row()) + "." + cell.column().id();
	}

	/** The unit amounts are stated in: the fee of 表二 (本年收费金额) and 2019's 采购总金额. */
	public static String amountUnit() {
		return ValueKind.AMOUNT.unit();
	}
}
