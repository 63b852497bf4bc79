package org.report.dsl.publish;

import java.util.List;

import org.report.dsl.format.RowDef;

/** A row of a published table: all its columns, in official order. */
public record PublishedRow(RowDef row, List<PublishedCell> cells) {
}
