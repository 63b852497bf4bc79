package org.report.dsl.importer.write;

import java.util.List;

import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.ImportedReport;
import org.report.dsl.importer.ImportedSection;
import org.report.dsl.importer.text.FrontMatter;
import org.report.dsl.importer.text.SectionText;

/**
 * Writes the imported report in the language: a comment header saying where it comes from and what
 * the import normalised or could not recover (the findings, by input line), the report header, the
 * preamble, the six sections with their narrative verbatim and their tables, and a 「?」 wherever a
 * value, a field or the rest of the text is missing — the language rejects it until a person fills
 * it in, so nothing unrecovered can pass as 0.
 */
public final class SourceWriter {

	private final StringBuilder b = new StringBuilder(16384);

	public static String write(ImportedReport report) {
		return new SourceWriter().report(report);
	}

	private String report(ImportedReport r) {
		FrontMatter front = r.front();
		String title = front.title() != null ? front.title()
				: front.defaultTitle() != null ? front.defaultTitle() : r.sourceName();
		comment(title);
		comment("来源: " + r.sourceName() + "（reportdsl import 导入，原文编码 " + r.charset() + "）");
		List<ImportFinding> notes = r.findings().stream().filter(f -> !f.isError()).toList();
		List<ImportFinding> errors = r.findings().stream().filter(ImportFinding::isError).toList();
		if (!notes.isEmpty()) {
			comment("导入时的处理（逐字照录原文，以下为规范化之处）:");
			FindingSummary.lines(notes).forEach(l -> comment("  " + l));
		}
		if (!errors.isEmpty()) {
			comment("需人工处理（文中以「?」标出，语言会拒绝，直到填写为止）:");
			FindingSummary.lines(errors).forEach(l -> comment("  " + l));
		}
		b.append("年报 ").append(front.organ() == null ? DslText.UNRESOLVED : DslText.word(front.organ())).append(' ')
				.append(front.year() == 0 ? DslText.UNRESOLVED : Integer.toString(front.year())).append(" 格式 ")
				.append(r.version().number()).append('\n');
		if (front.title() != null && !front.title().equals(front.defaultTitle())) {
			b.append("标题 ").append(DslText.quoted(front.title())).append('\n');
		}
		if (r.previousPath() != null) {
			b.append("上年 ").append(DslText.quoted(r.previousPath())).append('\n');
		}
		if (r.preamble() != null && !r.preamble().isEmpty()) {
			b.append("前言 ").append(DslText.block(r.preamble())).append('\n');
		}
		for (ImportedSection s : r.sections()) {
			b.append('\n');
			section(s, r);
		}
		if (r.cutNote() != null && r.cutInNarrative()) {
			b.append('\n');
			comment(r.cutNote());
			b.append(DslText.UNRESOLVED).append('\n');
		}
		return b.toString();
	}

	private void section(ImportedSection s, ImportedReport r) {
		if (s.missing()) {
			comment("原文缺少「" + s.def().label() + "」");
			b.append(DslText.UNRESOLVED).append('\n');
			return;
		}
		b.append(DslText.word(s.span().heading())).append('\n');
		pieces(s.before());
		if (s.table() != null && s.table().hasTable()) {
			List<String> lines = new TableWriter(s.table()).lines(r.cutTable() == s ? r.cutNote() : null);
			if (lines.isEmpty()) {
				b.append("{ }\n");
			} else {
				b.append("{\n");
				lines.forEach(l -> b.append(l).append('\n'));
				b.append("}\n");
			}
		} else if (s.def().table() != null && r.cutTable() == s) {
			comment(r.cutNote());
			b.append(DslText.UNRESOLVED).append('\n');
		}
		pieces(s.after());
	}

	private void pieces(List<SectionText.Piece> pieces) {
		for (SectionText.Piece p : pieces) {
			b.append(p.heading() ? DslText.word(p.text()) : DslText.block(p.text())).append('\n');
		}
	}

	private void comment(String text) {
		b.append("// ").append(text.replace('\n', ' ')).append('\n');
	}
}
