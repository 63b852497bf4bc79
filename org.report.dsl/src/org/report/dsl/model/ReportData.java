package org.report.dsl.model;

import java.util.List;
import java.util.Map;

import org.report.dsl.format.FormatIndex;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.TableDef;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Report;

/**
 * A report read against its format: sections found, tables with their values and totals, and the
 * structural findings met on the way. Built once per resource state (see {@link ReportAnalysis}).
 *
 * @param report       the parsed source
 * @param index        look-ups of the format the report declares (2021 when it declares none)
 * @param sections     the sections found, in source order
 * @param looseBlocks  blocks whose heading is neither a section nor a part
 * @param tables       every table of the format, read (empty where the report omits it)
 * @param findings     structural problems found while reading
 */
public record ReportData(Report report, FormatIndex index, List<SectionEntry> sections, List<Block> looseBlocks,
		Map<String, TableData> tables, List<Finding> findings) {

	public ReportFormat format() {
		return index.format();
	}

	public TableData table(TableDef def) {
		return tables.get(def.id());
	}

	public TableData table(String id) {
		return tables.get(id);
	}
}
