package org.report.dsl.publish.html;

import java.util.List;
import java.util.Map;

import org.report.dsl.publish.Element;
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
	private static final Template PAGE = Template.of("""
			<!DOCTYPE html>
			<html lang="zh-CN">
			<head>
			<meta charset="utf-8">
			<meta http-equiv="Content-Security-Policy" content="{{csp}}">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="generator" content="ReportDSL">
			<title>{{title}}</title>
			<style>
			{{style}}</style>
			</head>
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

	/** A part heading （一）主动公开情况, then the notes of its findings. */
	private static final Template PART = Template.of("""
			<h3 id="{{id}}" class="part{{classes}}">{{text}}</h3>
			{{notes}}""");

	/** A paragraph of narrative with the markers of its findings; class only when it has one. */
	private static final Template PARAGRAPH = Template.of("""
			<p{{class}}>{{text}}{{markers}}</p>
			""");

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
					for (PublishedSection section : report.sections()) {
						section(section);
					}
					if (report.trailer() != null) {
						narrative(Ids.TRAILER, "trailer", report.trailer());
					}
				}));
	}

	private void section(PublishedSection section) {
		int number = section.def().number();
		String id = Ids.section(number);
		SECTION.render(b, Map.of(
				"id", p -> Html.text(p, id),
				"heading", p -> {
					String findings = marks.classes(id);
					Html.element(p, "h2", findings.isEmpty() ? null : findings.substring(1), section.def().label());
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
				"notes", p -> ReviewHtml.asides(p, marks, id)));
	}

	private void paragraphs(String id, String text) {
		if (text != null) {
			StringBuilder paragraph = new StringBuilder();
			String[] lines = text.split("\r?\n", -1);
			int first = 0;
			for (int i = 0; i < lines.length; i++) {
				if (paragraph.length() == 0) {
					first = i;
				}
				if (lines[i].isBlank()) {
					flush(paragraph, id, first, i);
					continue;
				}
				paragraph.append(lines[i]);
				if (endsParagraph(lines[i])) {
					flush(paragraph, id, first, i);
				}
			}
			flush(paragraph, id, first, lines.length - 1);
		}
	}

	private static boolean endsParagraph(String line) {
		String t = line.stripTrailing();
		return t.isEmpty() || "。！？；：…」”）)!?;:".indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	/** Writes the paragraph made of the narrative's text lines first to last, with the findings on them. */
	private void flush(StringBuilder paragraph, String id, int first, int last) {
		if (paragraph.length() > 0) {
			paragraph(paragraph.toString(), 0, paragraph.length(), marks.onLines(id, first, last));
			paragraph.setLength(0);
		}
	}

	private void paragraph(String text, int start, int end, List<ReviewMarks.Mark> findings) {
		if (end > start && text.charAt(end - 1) == '\r') {
			end--;
		}
		int first = start;
		while (first < end && Character.isWhitespace(text.charAt(first))) {
			first++;
		}
		if (first == end) {
			return; // a blank line: a paragraph break
		}
		String classes = ((first > start ? " as-written" : "") + ReviewMarks.classes(findings)).strip();
		PARAGRAPH.render(b, Map.of(
				"class", p -> {
					if (!classes.isEmpty()) {
						Html.attr(p, "class", classes);
					}
				},
				"text", Template.text(text.substring(start, end)),
				"markers", p -> ReviewHtml.markers(p, findings)));
	}
}
