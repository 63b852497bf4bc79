package org.report.dsl.format;

import java.util.List;

/**
 * One of the six sections of a report.
 *
 * @param number   1 to 6
 * @param numeral  一 … 六
 * @param label    the exact heading, e.g. 一、总体情况
 * @param variants headings seen in published reports (warning)
 * @param table    the table this section carries, or null
 */
public record SectionDef(int number, String numeral, String label, List<String> variants, TableDef table) {
}
