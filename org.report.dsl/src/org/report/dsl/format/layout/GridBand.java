package org.report.dsl.format.layout;

import java.util.List;

/**
 * A run of printed rows that belong together: the table's header, a block of rows, or the rows between
 * blocks. Cells never span across bands.
 *
 * @param head whether it is the table's header (repeated on every page a table continues on)
 * @param keep whether it should be kept on one page (false for a block whose heading spans its rows,
 *             which would else push the whole block to the next page)
 * @param rows its rows
 */
public record GridBand(boolean head, boolean keep, List<GridRow> rows) {
}
