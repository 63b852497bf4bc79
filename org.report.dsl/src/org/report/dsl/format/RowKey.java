package org.report.dsl.format;

import java.util.Optional;

/**
 * A row named in code, independent of the format version: the typed constants of {@link Table2},
 * {@link Table3} and {@link Table4}. Code outside {@code format/} names a row through one of them,
 * never through its id or official label.
 *
 * @param table the table the row belongs to
 * @param id    the row's {@link RowDef#id()}
 */
public record RowKey(TableId table, String id) {

	/** The row in the given format, if that version has it. */
	public Optional<RowDef> find(ReportFormat format) {
		return table.in(format).row(id);
	}

	/** The row in the given format; every version has it. */
	public RowDef in(ReportFormat format) {
		return find(format).orElseThrow(() -> new IllegalArgumentException(id + " is not a row of " + format.version()));
	}

	/** Whether the definition is this row (of any format version; row ids are unique across tables). */
	public boolean is(RowDef row) {
		return row.id().equals(id);
	}
}
