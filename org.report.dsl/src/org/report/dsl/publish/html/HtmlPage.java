package org.report.dsl.publish.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.report.dsl.format.SectionDef;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.Paragraphs;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedSection;

/**
 * One whole page: document skeleton and head (charset, a Content-Security-Policy that forbids every
 * request and script, the inline stylesheet), the title, preamble, the six sections with their part
 * headings, narrative and tables, and the trailer, in the order of the official text. The skeletons
 * are templates with named slots ({@link Template}); Java writes the slots, escaping what comes
 * from the report.
 */
final class HtmlPage {

	static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

	private final StringBuilder b;
	private final ReviewMarks marks;
	private final HtmlTables tables;
	/** The findings of narratives already shown beside their paragraphs. */
	private final java.util.Set<ReviewMarks.Mark> shown = new java.util.HashSet<>();

	private HtmlPage(StringBuilder b, ReviewMarks marks) {
		this.b = b;
		this.marks = marks;
		this.tables = new HtmlTables(b, marks);
	}

	static String render(PublishedReport report, ReviewMarks marks) {
		HtmlPage page = new HtmlPage(new StringBuilder(sizeHint(report, marks)), marks);
		page.document(report);
		return page.b.toString();
	}

	/** Tables, stylesheet and markup take about 30k characters; narrative about its own length. */
	private static int sizeHint(PublishedReport report, ReviewMarks marks) {
		int size = 32_768 + length(report.preamble()) + length(report.trailer()) + marks.all().size() * 600;
		for (PublishedSection s : report.sections()) {
			for (Element e : s.elements()) {
				if (e instanceof Element.Text t) {
					size += length(t.text()) + 64;
				}
			}
		}
		return size + size / 8;
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	/** The document skeleton; the stylesheet is {@link HtmlCss}. */
	private static final Template PAGE = PageHead.page("""
			<body class="{{body}}">
			{{summary}}<article class="document">
			<header id="{{headerId}}" class="report-header{{headerClasses}}">
			{{heading}}</header>
			{{content}}</article>
			</body>
			</html>
			""");

	/** A section: its heading (with the notes of its findings), then what it holds. */
	private static final Template SECTION = Template.of("""
			<section id="{{id}}" class="section">
			{{heading}}{{content}}</section>
			""");

	/** A narrative: its paragraphs, then the notes of its findings. */
	private static final Template NARRATIVE = Template.of("""
			<div id="{{id}}" class="narrative{{classes}}">
			{{paragraphs}}</div>
			{{notes}}""");

	/** Where a section the report lacks belongs (review page only), with the notes of its finding. */
	private static final Template MISSING = Template.of("""
			<section id="{{id}}" class="section missing{{classes}}">
			<h2 class="missing-heading"><span class="missing-tag">缺少</span> {{label}}</h2>
			{{notes}}</section>
			""");

	/** A part heading （一）主动公开情况, then the notes of its findings. */
	private static final Template PART = Template.of("""
			<h3 id="{{id}}" class="part{{classes}}">{{text}}</h3>
			{{notes}}""");

	/**
	 * A paragraph of narrative with the markers of its findings (a finding on a range of it marks that
	 * range), then the notes of its findings; class only when it has one.
	 */
	private static final Template PARAGRAPH = Template.of("""
			<p{{class}}>{{text}}{{markers}}</p>
			{{notes}}""");

	/** The range of the text a finding is about, with its marker right after it. */
	private static final Template RANGE = Template.of(
			"<mark class=\"{{classes}}\" id=\"r{{n}}\">{{text}}</mark>{{marker}}");

	private void document(PublishedReport report) {
		PAGE.render(b, Map.of(
				"csp", p -> p.append(CSP),
				"title", p -> Html.text(p, report.title()),
				"style", p -> p.append(HtmlCss.BASE).append(marks.review() ? HtmlCss.REVIEW : ""),
				"body", p -> p.append(marks.review() ? "report review" : "report"),
				"summary", p -> {
					if (marks.review()) {
						ReviewHtml.summary(p, marks);
					}
				},
				"headerId", p -> Html.text(p, Ids.HEADER),
				"headerClasses", p -> Html.text(p, marks.classes(Ids.HEADER)),
				"heading", p -> {
					p.append("<h1 class=\"title\">");
					TitleBreaks.write(p, report.title());
					p.append("</h1>\n");
					ReviewHtml.asides(p, marks, Ids.HEADER);
				},
				"content", p -> {
					if (report.preamble() != null) {
						narrative(Ids.PREAMBLE, "preamble", report.preamble());
					}
					List<SectionDef> missing = marks.missing();
					int next = 0;
					for (PublishedSection section : report.sections()) {
						while (next < missing.size() && missing.get(next).number() < section.def().number()) {
							missing(missing.get(next++));
						}
						section(section);
					}
					while (next < missing.size()) {
						missing(missing.get(next++));
					}
					if (report.trailer() != null) {
						narrative(Ids.TRAILER, "trailer", report.trailer());
					}
				}));
	}

	/** A section the report lacks, where it belongs: its official heading and the finding that says so. */
	private void missing(SectionDef def) {
		String id = Ids.section(def.number());
		String first = Ids.section(marks.missing().get(0).number());
		MISSING.render(b, Map.of(
				"id", Template.text(id),
				"classes", Template.text(marks.classes(first)),
				"label", Template.text(def.label()),
				"notes", p -> ReviewHtml.asides(p, marks, id)));
	}

	private void section(PublishedSection section) {
		int number = section.def().number();
		String id = Ids.section(number);
		SECTION.render(b, Map.of(
				"id", p -> Html.text(p, id),
				"heading", p -> {
					String findings = marks.classes(id);
					// a heading with a finding is shown as written: the finding says what it should be
					String heading = findings.isEmpty() || section.source() == null || section.source().getHeading() == null
							? section.def().label() : section.source().getHeading();
					Html.element(p, "h2", findings.isEmpty() ? null : findings.substring(1), heading);
					ReviewHtml.asides(p, marks, id);
				},
				"content", p -> elements(number, section.elements())));
	}

	private void elements(int number, List<Element> elements) {
		for (int i = 0; i < elements.size(); i++) {
			Element e = elements.get(i);
			String elementId = Ids.element(number, i);
			if (e instanceof Element.SubHeading h) {
				PART.render(b, Map.of(
						"id", Template.text(elementId),
						"classes", Template.text(marks.classes(elementId)),
						"text", Template.text(h.text()),
						"notes", p -> ReviewHtml.asides(p, marks, elementId)));
			} else if (e instanceof Element.Text t) {
				narrative(elementId, null, t.text());
			} else if (e instanceof Element.TableElement t && t.table() != null) {
				tables.render(t.table());
			}
		}
	}

	/**
	 * A narrative, every character kept. A line break ends a paragraph after sentence-ending punctuation
	 * or before a blank line; elsewhere it is a wrap from PDF extraction or copying (淮安's lines end
	 * mid-sentence) and the lines are joined, as the published page shows them.
	 */
	private void narrative(String id, String cls, String text) {
		NARRATIVE.render(b, Map.of(
				"id", p -> Html.text(p, id),
				"classes", p -> Html.text(p, (cls == null ? "" : " " + cls) + marks.classes(id)),
				"paragraphs", p -> paragraphs(id, text),
				"notes", p -> ReviewHtml.asides(p, marks.at(id).stream().filter(m -> !shown.contains(m)).toList())));
	}

	private void paragraphs(String id, String text) {
		if (text != null) {
			StringBuilder paragraph = new StringBuilder();
			List<int[]> runs = new ArrayList<>();
			String[] lines = text.split("\n", -1);
			Paragraphs.Joiner joiner = new Paragraphs.Joiner(text);
			int first = 0;
			int offset = 0;
			for (int i = 0; i < lines.length; i++) {
				if (paragraph.length() == 0) {
					first = i;
				}
				String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
				int lineStart = offset;
				offset += lines[i].length() + 1;
				if (line.isBlank()) {
					flush(paragraph, runs, id, first, i);
					continue;
				}
				joiner.append(paragraph, line);
				runs.add(new int[] { paragraph.length() - line.length(), lineStart, line.length() });
				if (Paragraphs.endsParagraph(line)) {
					flush(paragraph, runs, id, first, i);
				}
			}
			flush(paragraph, runs, id, first, lines.length - 1);
		}
	}

	/**
	 * Writes the paragraph made of the narrative's text lines first to last, with the findings on them.
	 * Each run is {position in the paragraph, position in the narrative's text, length}: a finding's
	 * range in the text becomes a range of the paragraph.
	 */
	private void flush(StringBuilder paragraph, List<int[]> runs, String id, int first, int last) {
		if (paragraph.length() > 0) {
			List<ReviewMarks.Mark> findings = marks.onLines(id, first, last);
			List<Range> ranges = new ArrayList<>();
			for (ReviewMarks.Mark m : findings) {
				if (m.onRange()) {
					int from = local(runs, m.start(), false), to = local(runs, m.end(), true);
					if (from >= 0 && to > from) {
						ranges.add(new Range(from, to, m));
					}
				}
			}
			paragraph(paragraph.toString(), findings, ranges);
			paragraph.setLength(0);
		}
		runs.clear();
	}

	/** A finding's range in a paragraph. */
	private record Range(int start, int end, ReviewMarks.Mark mark) {
	}

	/** A position of the narrative's text in the paragraph, or -1 when the paragraph does not hold it. */
	private static int local(List<int[]> runs, int position, boolean end) {
		for (int[] run : runs) {
			if (position >= run[1] && (end ? position <= run[1] + run[2] : position < run[1] + run[2])) {
				return run[0] + position - run[1];
			}
		}
		return -1;
	}

	private void paragraph(String text, List<ReviewMarks.Mark> findings, List<Range> ranges) {
		int first = 0;
		while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return; // a blank line: a paragraph break
		}
		List<ReviewMarks.Mark> inRanges = ranges.stream().map(Range::mark).toList();
		List<ReviewMarks.Mark> whole = findings.stream().filter(m -> !inRanges.contains(m)).toList();
		String classes = ((first > 0 ? " as-written" : "") + ReviewMarks.classes(whole)).strip();
		PARAGRAPH.render(b, Map.of(
				"class", p -> {
					if (!classes.isEmpty()) {
						Html.attr(p, "class", classes);
					}
				},
				"text", p -> marked(p, text, ranges),
				"markers", p -> ReviewHtml.markers(p, whole),
				"notes", p -> {
					ReviewHtml.asides(p, findings);
					shown.addAll(findings);
				}));
	}

	/** The paragraph's text with each finding's range marked (overlaps go to the earlier finding). */
	private static void marked(StringBuilder p, String text, List<Range> ranges) {
		List<Range> sorted = new ArrayList<>(ranges);
		sorted.sort(java.util.Comparator.comparingInt(Range::start));
		int at = 0;
		for (Range r : sorted) {
			int start = Math.max(r.start(), at);
			Html.text(p, text.substring(at, Math.min(start, text.length())));
			at = Math.max(at, Math.min(r.end(), text.length()));
			String inside = start < at ? text.substring(start, at) : "";
			RANGE.render(p, Map.of(
					"classes", Template.text(ReviewMarks.classes(List.of(r.mark())).strip()),
					"n", Template.raw(r.mark().number()),
					"text", Template.text(inside),
					"marker", q -> ReviewHtml.markers(q, List.of(r.mark()))));
		}
		Html.text(p, text.substring(at));
	}
}
