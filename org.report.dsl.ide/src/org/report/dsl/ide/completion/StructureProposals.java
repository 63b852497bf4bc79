package org.report.dsl.ide.completion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.KeywordDoc;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.SectionDef;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Report;

/** The skeleton of a new report, the header keywords, section headings and the parts of section 一. */
final class StructureProposals {

	/** At the start of an empty file: a whole report for an organ and a year, and the 年报 keyword. */
	void start(Proposals out) {
		out.add("年报", ReportSkeleton.snippet(ReportFormat.of(FormatVersion.V2021)), "新报告（六个部分的骨架）",
				"年报 机关 年份 格式 2021", "填写机关名称与年份，其余按格式列出六个部分", ContentAssistEntry.KIND_SNIPPET);
		keyword(out, "年报", "年报 ");
	}

	/** Between the 年报 line and the first heading: the optional header lines not yet written, then 一. */
	void header(Report report, ReportData data, int at, Proposals out) {
		if (report.getFormat() == null && report.getTitle() == null && report.getPrevious() == null
				&& report.getPreamble() == null) {
			keyword(out, "格式", "格式 " + FormatVersion.requiredFor(year(report)).number());
		}
		if (report.getTitle() == null && report.getPrevious() == null && report.getPreamble() == null) {
			keyword(out, "标题", "标题 \"\"");
		}
		if (report.getPrevious() == null && report.getPreamble() == null) {
			keyword(out, "上年", "上年 \"\"");
		}
		if (report.getPreamble() == null) {
			keyword(out, "前言", "前言 \"\"\"\n\n\"\"\"");
		}
		headings(data, at, out);
	}

	/**
	 * At a heading: the sections not yet written (the one after the cursor's section first), the parts
	 * of section 一 when the cursor is in it, and 结尾 after section 六.
	 *
	 * @param at where the heading being typed starts
	 */
	void headings(ReportData data, int at, Proposals out) {
		Set<Integer> written = new HashSet<>();
		int currentSection = 0;
		for (SectionEntry s : data.sections()) {
			int offset = offset(s.block());
			if (offset != at) {
				written.add(s.def().number());
			}
			if (offset < at) {
				currentSection = s.def().number();
			}
		}
		if (currentSection == 1) {
			parts(data, at, out);
		}
		List<SectionDef> order = new ArrayList<>();
		for (SectionDef def : data.format().sections()) {
			if (!written.contains(def.number()) && def.number() > currentSection) {
				order.add(def);
			}
		}
		for (SectionDef def : data.format().sections()) {
			if (!written.contains(def.number()) && def.number() <= currentSection) {
				order.add(def);
			}
		}
		for (SectionDef def : order) {
			String detail = def.table() == null ? "叙述" : "表" + def.table().id();
			out.add(def.label(), def.label(), def.label(), detail, ContentAssistEntry.KIND_MODULE);
		}
		if (written.contains(6) && data.report().getTrailer() == null) {
			keyword(out, "结尾", "结尾 \"\"\"\n\n\"\"\"");
		}
	}

	/** A keyword with its summary and meaning from the language's one table of keyword documentation. */
	private static void keyword(Proposals out, String keyword, String insert) {
		KeywordDoc doc = KeywordDoc.get(keyword);
		out.add(keyword, insert, keyword, doc.summary(), doc.meaning(), ContentAssistEntry.KIND_KEYWORD);
	}

	private static void parts(ReportData data, int at, Proposals out) {
		Set<String> numerals = new HashSet<>();
		for (SectionEntry s : data.sections()) {
			if (s.def().number() == 1) {
				for (Block part : s.parts()) {
					if (offset(part) != at && part.getHeading() != null) {
						numerals.add(numbering(part.getHeading()));
					}
				}
			}
		}
		for (String part : data.format().partLabels()) {
			if (!numerals.contains(numbering(part))) {
				out.add(part, part, part, "第一部分的小标题", ContentAssistEntry.KIND_CLASS);
			}
		}
	}

	private static int offset(Block block) {
		INode node = NodeModelUtils.findActualNodeFor(block);
		return node == null ? -1 : node.getOffset();
	}

	/** 「（一）」 of 「（一）主动公开情况」, so that a differently worded part counts as written. */
	private static String numbering(String heading) {
		String canonical = Labels.canonical(heading);
		int close = canonical.indexOf('）');
		return canonical.startsWith("（") && close > 0 ? canonical.substring(0, close + 1) : canonical;
	}

	private static int year(Report report) {
		try {
			return Integer.parseInt(report.getYear());
		} catch (RuntimeException e) {
			return 2021;
		}
	}
}
