package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.importer.ImportFinding;

/**
 * Whether the text stops before the report ends — the last sections missing, as in a page cut off
 * mid-table — and where; a section missing between others is reported on its own (S1).
 *
 * @param missing the sections after the last one found
 * @param last    the last section found, in which the text stops (when it stops early)
 * @param note    where the text stops and what is missing, or null when it does not stop early
 */
public record Truncation(List<SectionDef> missing, SectionSpan last, String note) {

	public boolean in(SectionSpan span) {
		return note != null && span == last;
	}

	public static Truncation of(InputText input, List<SectionSpan> spans, ReportFormat format, List<ImportFinding> findings) {
		SectionSpan last = spans.get(spans.size() - 1);
		List<SectionDef> missing = new ArrayList<>();
		for (SectionDef def : format.sections()) {
			boolean found = spans.stream().anyMatch(s -> s.def().number() == def.number());
			if (!found && def.number() > last.def().number()) {
				missing.add(def);
			} else if (!found) {
				int at = spans.stream().filter(s -> s.def().number() > def.number()).findFirst().orElseThrow().headingStart();
				findings.add(ImportFinding.of(input, at, Rule.S1, "原文缺少「" + def.label() + "」（应在此之前）"));
			}
		}
		if (missing.isEmpty()) {
			return new Truncation(missing, last, null);
		}
		int end = lastCharacter(input);
		String tail = input.text().substring(Math.max(last.headingEnd(), end - 12), end).strip().replace('\n', ' ');
		String what = missing.stream().map(d -> "「" + d.label() + "」").collect(Collectors.joining(""));
		String note = "原文在第 " + input.line(end) + " 行第 " + input.column(end) + " 列中断（「" + last.def().label() + "」中，末尾为「"
				+ tail + "」）；此后缺少：" + (last.def().table() != null ? "表" + last.def().table().id() + "其余部分、" : "")
				+ what;
		findings.add(ImportFinding.of(input, end, Rule.TRUNCATED, note));
		return new Truncation(missing, last, note);
	}

	/** Offset just after the last character that is not whitespace or furniture. */
	private static int lastCharacter(InputText input) {
		String text = input.text();
		for (int i = text.length() - 1; i >= 0; i--) {
			if (!Canonical.isWhitespace(text.charAt(i)) && !input.isDropped(input.line(i))) {
				return i + 1;
			}
		}
		return 0;
	}
}
