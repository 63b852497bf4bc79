package org.report.dsl.format;

import java.util.List;

/**
 * A value column of a table.
 *
 * @param id       stable identifier (JSON, tests)
 * @param label    the official label, e.g. 商业企业
 * @param aliases  other accepted names (no warning), e.g. 企业
 * @param variants wordings seen in published reports (accepted with a warning)
 * @param kind     what the cells of this column hold
 * @param total    whether the column is a total (omitted means computed)
 * @param group    the header spanning this column with its neighbours (法人或其他组织), or null
 */
public record ColumnDef(String id, String label, List<String> aliases, List<String> variants,
		ValueKind kind, boolean total, String group) implements Labelled {

	/** By id only: equal definitions have equal ids, and hashing the whole definition made look-ups slow. */
	@Override
	public int hashCode() {
		return id.hashCode();
	}
}
