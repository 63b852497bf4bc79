package org.report.dsl.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableId;
import org.report.dsl.importer.solve.CrossYear;
import org.report.dsl.importer.solve.TieBreaker;
import org.report.dsl.importer.table.FormatChoice;
import org.report.dsl.importer.table.ImportedTable;
import org.report.dsl.importer.table.TableImport;
import org.report.dsl.importer.text.Decoding;
import org.report.dsl.importer.text.FrontMatter;
import org.report.dsl.importer.text.Furniture;
import org.report.dsl.importer.text.InputText;
import org.report.dsl.importer.text.NarrativeEvidence;
import org.report.dsl.importer.text.SectionFinder;
import org.report.dsl.importer.text.SectionSpan;
import org.report.dsl.importer.text.SectionText;
import org.report.dsl.importer.text.SqueezedText;
import org.report.dsl.importer.text.TraditionalScript;
import org.report.dsl.importer.text.Truncation;
import org.report.dsl.importer.write.DslText;
import org.report.dsl.importer.write.SourceWriter;

/**
 * {@code reportdsl import}: the published text of a 政府信息公开工作年度报告 (copied from a web page or
 * extracted from a PDF) into a report in the language. Every deviation of published texts is undone
 * and reported as a finding with the input's line; a value that cannot be recovered is an error and is
 * written as 「?」, never as 0; published numbers are reproduced, not repaired. Plain Java: the
 * format definition and nothing of Xtext.
 */
public final class ReportImporter {

	private static final java.util.regex.Pattern TABLE_RULES = java.util.regex.Pattern.compile("[|｜\\-:+=\\s]+");
	private static final java.util.regex.Pattern TABLE_UNIT = java.util.regex.Pattern.compile("万?元|件|条|个|项");

	/**
	 * @param sourceName how the output names its source (the file name)
	 * @param bytes      the published text
	 * @param previous   the same organ's report for the year before, or null
	 */
	public ImportResult importText(String sourceName, byte[] bytes, PreviousYear previous) {
		Decoding.Decoded decoded = DocumentText.read(bytes);
		if (!decoded.ok()) {
			return new ImportResult(ImportResult.Outcome.UNREADABLE, null, List.of(decoded.problem()));
		}
		List<ImportFinding> findings = new ArrayList<>();
		if (decoded.problem() != null) {
			findings.add(decoded.problem());
		}
		String simplified = TraditionalScript.simplified(decoded.text());
		InputText input = new InputText(simplified != null ? simplified : decoded.text());
		if (simplified != null) {
			findings.add(ImportFinding.of(1, 1, Rule.LAYOUT, "原文为繁体字，已转换为简体字（ICU4J Hant-Hans）后导入；叙述按简体字录入"));
		}
		if (input.text().isBlank()) {
			return notAReport(findings, "文件为空（或只有空白）：没有可导入的报告");
		}
		Furniture.Result furniture = Furniture.mark(input);
		findings.addAll(furniture.findings());
		List<SectionSpan> spans = SectionFinder.find(input, new SqueezedText(input), ReportFormat.of(FormatVersion.V2021),
				findings);
		if (spans.isEmpty()) {
			ReportFormat any = ReportFormat.of(FormatVersion.V2021);
			return notAReport(findings, "找不到「" + any.section(1).label() + "」「" + any.section(2).label()
					+ "」等六个部分的任何一个标题：这不是政府信息公开工作年度报告的文本");
		}
		FrontMatter front = FrontMatter.read(input, furniture, spans.get(0).headingStart(), findings);
		SectionSpan table2 = spans.stream().filter(s -> s.def().number() == 2).findFirst().orElse(null);
		FormatVersion version = FormatChoice.detect(input, table2 == null ? -1 : table2.headingEnd(),
				table2 == null ? -1 : table2.bodyEnd(), front.year(), findings);
		ReportFormat format = ReportFormat.of(version);
		String preamble = SectionText.trim(input.slice(front.preambleStart(), front.preambleEnd()),
				front.preambleStart() > 0 && input.text().charAt(front.preambleStart() - 1) != '\n');
		Truncation cut = Truncation.of(input, spans, format, findings);
		String narrative = preamble + "\n" + narrativeOf(input, spans);
		List<ImportedSection> sections = new ArrayList<>();
		ImportedSection cutTable = null;
		for (SectionDef def : format.sections()) {
			SectionSpan span = spans.stream().filter(s -> s.def().number() == def.number()).findFirst().orElse(null);
			if (span == null) {
				if (!cut.missing().contains(def)) {
					sections.add(new ImportedSection(def, null, List.of(), null, List.of()));
				}
				continue;
			}
			ImportedSection section = section(input, format, format.section(def.number()), span, cut, narrative, previous,
					front.year(), findings);
			sections.add(section);
			if (cut.in(span) && def.table() != null) {
				cutTable = section;
			}
		}
		checkQuotes(input, sections, findings);
		findings.sort(Comparator.comparingInt(ImportFinding::line).thenComparingInt(ImportFinding::column));
		ImportedReport report = new ImportedReport(sourceName, decoded.charset(), front, version, preamble,
				previous == null ? null : previous.path(), sections, cut.note(), cutTable,
				cut.note() != null && cutTable == null, List.copyOf(findings));
		return new ImportResult(ImportResult.Outcome.IMPORTED, SourceWriter.write(report), List.copyOf(findings));
	}

	private static ImportedSection section(InputText input, ReportFormat format, SectionDef def, SectionSpan span,
			Truncation cut, String narrative, PreviousYear previous, int year, List<ImportFinding> findings) {
		int start = span.headingEnd(), end = span.bodyEnd();
		if (def.table() == null) {
			return new ImportedSection(def, span, SectionText.split(input, start, end, def.number() == 1, findings), null,
					List.of());
		}
		Supplier<List<TieBreaker>> ties = () -> {
			List<TieBreaker> all = new ArrayList<>(CrossYear.of(def.table(), format.version(), previous, year));
			if (TableId.of(def.table()).statedInNarrative()) {
				all.addAll(NarrativeEvidence.of(def.table(), narrative));
			}
			return all;
		};
		ImportedTable table = TableImport.read(format, def.table(), input, start, end, cut.in(span), ties, findings);
		if (!table.hasTable()) {
			return new ImportedSection(def, span, SectionText.split(input, start, end, false, findings), table, List.of());
		}
		List<SectionText.Piece> after = cut.in(span) ? List.of() // the rest of a cut table, listed in the findings
				: tableResidue(SectionText.split(input, table.lastToken(), end, false, findings));
		return new ImportedSection(def, span,
				tableResidue(SectionText.split(input, start, table.firstToken(), false, findings)), table, after);
	}

	/**
	 * Narrative around a table without what is left of its rules (「|」 and 「|---|」 of a markdown table)
	 * and of its last value's unit glued to the next heading (「1250000元三、…」).
	 */
	private static List<SectionText.Piece> tableResidue(List<SectionText.Piece> pieces) {
		return pieces.stream().filter(p -> p.heading() || !TABLE_RULES.matcher(p.text()).matches()
				&& !TABLE_UNIT.matcher(p.text().strip()).matches()).toList();
	}

	/** The narrative sections' text (一, 五, 六), where the narrative's numbers stand. */
	private static String narrativeOf(InputText input, List<SectionSpan> spans) {
		StringBuilder b = new StringBuilder();
		for (SectionSpan s : spans) {
			if (s.def().table() == null) {
				b.append(input.slice(s.headingEnd(), s.bodyEnd())).append('\n');
			}
		}
		return b.toString();
	}

	private static void checkQuotes(InputText input, List<ImportedSection> sections, List<ImportFinding> findings) {
		for (ImportedSection s : sections) {
			for (List<SectionText.Piece> pieces : List.of(s.before(), s.after())) {
				for (SectionText.Piece p : pieces) {
					if (!p.heading() && p.text().contains(DslText.QUOTES)) {
						findings.add(ImportFinding.of(input, p.offset(), Rule.TEXT, "叙述中有连续三个英文双引号「\"\"\"」，"
								+ "叙述块无法原样容纳，已改为全角「＂」"));
					}
				}
			}
		}
	}

	private static ImportResult notAReport(List<ImportFinding> findings, String message) {
		findings.add(ImportFinding.of(1, 1, Rule.NOT_REPORT, message));
		return new ImportResult(ImportResult.Outcome.NOT_A_REPORT, null, List.copyOf(findings));
	}
}
