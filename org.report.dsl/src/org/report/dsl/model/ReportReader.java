package org.report.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.report.dsl.format.FormatIndex;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Content;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Table;

/** Reads a parsed report against its format: finds sections and parts, reads and checks tables. */
final class ReportReader {

	private static final Pattern PART_HEADING = Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[）)].*");

	ReportData read(Report report) {
		List<Finding> findings = new ArrayList<>();
		FormatIndex index = FormatIndex.of(version(report));
		List<SectionEntry> sections = new ArrayList<>();
		List<Block> loose = new ArrayList<>();
		Map<String, Table> tableSources = new LinkedHashMap<>();
		SectionEntry current = null;
		for (Block block : report.getBlocks()) {
			String heading = block.getHeading() == null ? "" : block.getHeading();
			Optional<LabelMatch<SectionDef>> section = index.section(heading);
			if (section.isPresent()) {
				current = new SectionEntry(section.get(), block, new ArrayList<>());
				sections.add(current);
			} else {
				if (current != null) {
					current.parts().add(block); // kept in place, so nothing written is lost when published
				}
				if (current == null || !PART_HEADING.matcher(heading).matches()) {
					loose.add(block);
				}
			}
			for (Content content : block.getContents()) {
				if (content instanceof Table table) {
					placeTable(table, current, tableSources, findings);
				}
			}
		}
		Map<String, TableData> tables = new LinkedHashMap<>();
		TableReader tableReader = new TableReader(index, findings);
		for (TableDef def : index.format().tables()) {
			tables.put(def.id(), tableReader.read(def, tableSources.get(def.id())));
		}
		return new ReportData(report, index, List.copyOf(sections), List.copyOf(loose), tables, findings);
	}

	/** The declared layout; a missing or unknown one reads as the layout the year requires. */
	static FormatVersion version(Report report) {
		Optional<FormatVersion> declared = Optional.empty();
		try {
			if (report.getFormat() != null) {
				declared = FormatVersion.of(Integer.parseInt(report.getFormat()));
			}
		} catch (NumberFormatException e) {
			// reported by the header check
		}
		return declared.orElseGet(() -> FormatVersion.requiredFor(year(report)));
	}

	static int year(Report report) {
		try {
			return report.getYear() == null ? 0 : Integer.parseInt(report.getYear());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static void placeTable(Table table, SectionEntry section, Map<String, Table> sources,
			List<Finding> findings) {
		if (section == null || section.def().table() == null) {
			String where = section == null ? "第一个章节标题之前" : "「" + section.def().label() + "」";
			findings.add(Finding.of(Rule.S2, where + "没有表格；表格只能写在二、三、四部分", table, null));
			return;
		}
		String id = section.def().table().id();
		if (sources.putIfAbsent(id, table) != null) {
			findings.add(Finding.of(Rule.S2, "表" + id + "重复：本部分已有一个表格", table, null));
		}
	}
}
