package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.importer.ImportFinding;

/**
 * Finds the six section headings in order, by the format's labels and known variants, wherever they
 * stand: on a line of their own, marked up with 「#」 or 「**」, split over lines, or glued to the text
 * before and after (a page flattened to one line). A heading counts only at a boundary — a line start,
 * after whitespace or after a sentence's end — so a narrative mentioning a section does not split it.
 */
public final class SectionFinder {

	private static final String SEPARATORS = "、.";
	private static final String BOUNDARY = "。！？；：）)|”\"";
	/** Units printed after a table's value (采购总金额 in 元, counts in 件). */
	private static final String UNITS = "元万件条个项";

	private SectionFinder() {
	}

	public static List<SectionSpan> find(InputText input, SqueezedText squeezed, ReportFormat format,
			List<ImportFinding> findings) {
		List<SectionSpan> spans = findFrom(input, squeezed, format, 0);
		int listed = listedHeadings(input, spans);
		if (listed > 0) {
			// a preamble listing the six headings (「本报告包括以下六个部分：一、总体情况；二、…」): the
			// real headings come after the list
			int after = spans.get(listed - 1).headingEnd();
			List<SectionSpan> again = findFrom(input, squeezed, format, after);
			if (!again.isEmpty()) {
				findings.add(ImportFinding.of(input, spans.get(0).headingStart(), Rule.LAYOUT, "前言中列出的 " + listed
						+ " 个部分标题（目录）不是正文标题，已略过"));
				spans = again;
			}
		}
		spans.forEach(span -> note(input, span, findings));
		List<SectionSpan> result = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1).headingStart() : input.length();
			result.add(spans.get(i).withBodyEnd(end));
		}
		return result;
	}

	private static List<SectionSpan> findFrom(InputText input, SqueezedText squeezed, ReportFormat format, int from) {
		List<SectionSpan> spans = new ArrayList<>();
		for (SectionDef def : format.sections()) {
			SectionSpan span = findOne(input, squeezed, def, from);
			if (span == null) {
				span = LooseHeading.find(input, def, from);
			}
			if (span != null) {
				spans.add(span);
				from = span.headingEnd();
			}
		}
		return spans;
	}

	/**
	 * How many headings at the start are a list of the sections rather than the sections: three or more,
	 * one after another with nothing but punctuation between them; 0 when they are not.
	 */
	private static int listedHeadings(InputText input, List<SectionSpan> spans) {
		int n = 0;
		while (n + 1 < spans.size() && Canonical.of(input.text().substring(spans.get(n).headingEnd(),
				spans.get(n + 1).headingStart())).replaceAll("[；;，,、。.]", "").isEmpty()) {
			n++;
		}
		return n >= 2 ? n + 1 : 0;
	}

	private static SectionSpan findOne(InputText input, SqueezedText squeezed, SectionDef def, int from) {
		SectionSpan best = null;
		List<String> wordings = new ArrayList<>();
		wordings.add(def.label());
		wordings.addAll(def.variants());
		for (String wording : wordings) {
			String key = Canonical.of(Labels.key(wording));
			for (int s = 0; s < SEPARATORS.length(); s++) {
				String needle = def.numeral() + SEPARATORS.charAt(s) + key;
				int at = from;
				while (true) {
					int index = squeezed.find(needle, at);
					if (index < 0) {
						break;
					}
					int start = squeezed.offset(index);
					if (atBoundary(input.text(), start)) {
						int end = squeezed.endOffset(index, needle.length());
						if (best == null || start < best.headingStart()) {
							best = new SectionSpan(def, wording.equals(def.label()) ? null : wording,
									markupStart(input.text(), start), markupEnd(input.text(), end), input.length());
						}
						break;
					}
					at = start + 1;
				}
			}
		}
		return best;
	}

	private static boolean atBoundary(String text, int start) {
		int i = start - 1;
		while (i >= 0 && (text.charAt(i) == '#' || text.charAt(i) == '*')) {
			i--;
		}
		if (i < 0 || text.charAt(i) == '\n' || Canonical.isWhitespace(text.charAt(i))) {
			return true;
		}
		char c = text.charAt(i);
		if (UNITS.indexOf(c) >= 0) {
			// a table's last value with its unit glued to the next heading: 「政府集中采购 3 1250000元三、…」
			int j = i - 1;
			while (j >= 0 && UNITS.indexOf(text.charAt(j)) >= 0) {
				j--;
			}
			return j >= 0 && Character.isDigit(text.charAt(j));
		}
		return BOUNDARY.indexOf(c) >= 0 || Character.isDigit(c);
	}

	/** Start of the heading with the markdown marks (#, **) in front of it on its line. */
	private static int markupStart(String text, int start) {
		int i = start;
		while (i > 0 && (text.charAt(i - 1) == '#' || text.charAt(i - 1) == '*' || text.charAt(i - 1) == ' ')) {
			i--;
		}
		String prefix = text.substring(i, start);
		boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
		return lineStart && (prefix.indexOf('#') >= 0 || prefix.indexOf('*') >= 0) ? i : start;
	}

	private static int markupEnd(String text, int end) {
		int i = end;
		while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '#')) {
			i++;
		}
		return i;
	}

	private static void note(InputText input, SectionSpan span, List<ImportFinding> findings) {
		String text = input.text();
		int lineStart = input.lineStart(input.line(span.headingStart()));
		int lineEnd = input.lineEnd(input.line(span.headingEnd() - 1));
		String before = text.substring(lineStart, span.headingStart());
		String after = text.substring(span.headingEnd(), lineEnd);
		String heading = text.substring(span.headingStart(), span.headingEnd());
		if (heading.indexOf('#') >= 0 || heading.startsWith("*")) {
			findings.add(ImportFinding.of(input, span.headingStart(), Rule.LAYOUT,
					"标题「" + heading.strip() + "」带有 Markdown 标记，已去掉"));
		}
		if (!before.isBlank() || !after.isBlank()) {
			findings.add(ImportFinding.of(input, span.headingStart(), Rule.LAYOUT,
					"标题「" + span.heading() + "」与" + (before.isBlank() ? "" : "前面") + (!before.isBlank()
							&& !after.isBlank() ? "、" : "") + (after.isBlank() ? "" : "后面") + "的文字连在同一行，已分开"));
		}
		if (heading.indexOf('\n') >= 0) {
			findings.add(ImportFinding.of(input, span.headingStart(), Rule.LAYOUT,
					"标题「" + span.heading() + "」被折成多行，已合并"));
		}
		if (span.printed() != null) {
			findings.add(ImportFinding.of(input, span.headingStart(), Rule.LAYOUT,
					"标题「" + span.printed() + "」与正式标题的编号或用语不同，按「" + span.def().label() + "」读入"));
		}
		if (span.variant() != null) {
			findings.add(ImportFinding.variant(input, span.headingStart(), Rule.S1,
					"标题「" + span.variant() + "」不是正式用语，应为「" + span.def().label() + "」（照录，validate 会给出同样的警告）"));
		}
	}
}
