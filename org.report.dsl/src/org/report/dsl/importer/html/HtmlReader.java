package org.report.dsl.importer.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.report.dsl.format.Rule;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.text.Decoding;

/**
 * A saved web page (网页) into the importer's text: the charset from the page's {@code <meta>} (GBK and
 * GB2312 pages too, through jsoup), the report found inside the page furniture
 * ({@link ReportBody}), MS-Word markup flattened (a {@code <span>} per few characters joins, {@code <o:p>}
 * and {@code &nbsp;} are white space), paragraphs one a line, and each {@code <table>} as its cell grid
 * ({@link CellGrid}) written one row a line between 「|」, so that a blank cell is a blank cell to the
 * table stage and no cell boundary is guessed.
 */
public final class HtmlReader {

	/** Elements that end a line (block-level in HTML, and Word's 「o:p」 paragraph end). */
	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"section", "article", "blockquote", "center", "pre", "dd", "dt", "dl", "header", "footer", "main",
			"address", "hr", "caption", "form", "fieldset");
	/** Elements whose content is no text of the page. */
	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "template", "object",
			"embed", "svg", "select", "button", "textarea", "input");

	private HtmlReader() {
	}

	public static Decoding.Decoded read(byte[] bytes) {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String charset = page.charset().name();
		page.select(String.join(",", SKIPPED)).remove();
		ReportBody body = ReportBody.find(page);
		if (body.problem() != null) {
			return new Decoding.Decoded(null, null, ImportFinding.of(1, 1, Rule.NOT_REPORT, body.problem()));
		}
		StringBuilder text = new StringBuilder();
		if (body.title() != null) {
			text.append(body.title()).append('\n');
		}
		new HtmlReader().append(body.root(), text);
		return new Decoding.Decoded(clean(text), "网页 " + charset, null);
	}

	private void append(Node node, StringBuilder out) {
		if (node instanceof TextNode t) {
			out.append(flat(t.getWholeText()));
			return;
		}
		if (!(node instanceof Element e)) {
			return;
		}
		String tag = e.normalName();
		if (tag.equals("br")) {
			out.append('\n');
			return;
		}
		if (tag.equals("table")) {
			out.append('\n');
			CellGrid.of(e).appendTo(out);
			return;
		}
		boolean block = BLOCKS.contains(tag) || tag.equals("tr") || tag.equals("tbody");
		if (block) {
			out.append('\n');
		}
		for (Node child : e.childNodes()) {
			append(child, out);
		}
		if (block) {
			out.append('\n');
		}
	}

	/**
	 * One row of a table, its cells between 「|」: 「行政许可 | 5 | | 3」. A blank cell is 「| |」; the row
	 * starts and ends without 「|」 unless its first or last cell is blank, so that two rows do not
	 * meet in a 「| |」 that would read as a blank cell. A header row's blank cells (a corner) are left
	 * out (the rows before the first number are header rows); in a data row a group label reaching down from a row above (rowspan) is repeated, as each
	 * row of the printed table stands under it.
	 */
	static String row(List<CellGrid.Cell> cells, boolean numbers) {
		List<String> kept = cells.stream().filter(c -> numbers ? !c.spanned() || !numeric(c.text()) && !c.text().isEmpty()
				: !c.spanned() && !c.text().isEmpty()).map(c -> c.text().replace('|', '｜')).toList();
		if (kept.isEmpty()) {
			return "";
		}
		return (kept.get(0).isEmpty() ? "| " : "") + String.join(" | ", kept)
				+ (kept.get(kept.size() - 1).isEmpty() ? " |" : "");
	}

	public static boolean numeric(String cell) {
		return !cell.isEmpty() && cell.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-');
	}

	/** HTML white space (line breaks inside the markup, tabs of Word's indents) is one space. */
	static String flat(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			b.append(c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' ? ' ' : c);
		}
		return b.toString();
	}

	/** Lines trimmed, runs of spaces one space, no blank lines. */
	private static String clean(CharSequence text) {
		StringBuilder b = new StringBuilder(text.length());
		for (String line : text.toString().split("\n")) {
			String l = line.replaceAll(" {2,}", " ").strip();
			if (!l.isEmpty()) {
				b.append(l).append('\n');
			}
		}
		return b.toString();
	}
}
