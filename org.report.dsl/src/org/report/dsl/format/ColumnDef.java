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
 */
public record ColumnDef(String id, String label, List<String> aliases, List<String> variants,
		ValueKind kind, boolean total) implements Labelled {
}
