package org.report.dsl.importer;

import java.util.List;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.importer.text.FrontMatter;

/**
 * Everything the import read, ready to be written.
 *
 * @param cutNote        where and how the text stops early, or null
 * @param cutTable       the section whose table the text stops in, or null
 * @param cutInNarrative whether the text stops outside any table (the marker goes after the last section)
 */
public record ImportedReport(String sourceName, String charset, FrontMatter front, FormatVersion version, String preamble,
		String previousPath, List<ImportedSection> sections, String cutNote, ImportedSection cutTable,
		boolean cutInNarrative, List<ImportFinding> findings) {
}
