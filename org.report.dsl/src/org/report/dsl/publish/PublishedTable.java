package org.report.dsl.publish;

import java.util.List;

import org.report.dsl.format.TableDef;
import org.report.dsl.reportDsl.Table;

/**
 * A published table: every row of the format in official order, every cell filled.
 *
 * @param source the table in the source, or null when the report omits it (all zeros)
 */
public record PublishedTable(TableDef def, List<PublishedRow> rows, Table source) {
}
