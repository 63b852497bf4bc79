package org.report.dsl.publish.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/**
 * Continued tables (续表) in the PDF: the print page restates a block label (三、本年度办理结果) in a
 * {@code th.block.cont} at the start of each of its row groups, hidden in print because on one page the
 * label shows once. Where the layout put such a row group at the top of a new page, the table continues
 * there and nothing would say what its rows belong to: that cell is marked {@value #CONTINUED} and the
 * page set again, so that the label is printed inside it (in the cell, in the text area) on that page only.
 */
final class PdfContinuations {

	/** The class of a restated label printed (a row group that begins a page). */
	static final String CONTINUED = "continued";

	/**
	 * The print rule of a marked cell: the restated label in the cell's flow (the page's own rule keeps
	 * every other restated label out of print).
	 */
	static final String CSS = "@media print { table.t th.block.cont." + CONTINUED + " .restated { display: inline; "
			+ "position: static; width: auto; height: auto; overflow: visible; clip: auto; white-space: normal; } }";

	private PdfContinuations() {
	}

	/**
	 * Marks each restated label whose row group begins a later page than the row before it.
	 *
	 * @return whether any was marked (the page must then be laid out again)
	 */
	static boolean mark(Document page, PdfBoxRenderer laidOut) {
		List<Element[]> candidates = new ArrayList<>();
		for (Element cell : page.select("table.t th.block.cont")) {
			Element row = cell.parent();
			Element body = row == null ? null : row.parent();
			Element previousBody = body == null ? null : body.previousElementSibling();
			Element previous = previousBody == null ? null : previousBody.children().last();
			if (row != null && previous != null && !row.id().isEmpty() && !previous.id().isEmpty()) {
				candidates.add(new Element[] { cell, row, previous });
			}
		}
		if (candidates.isEmpty()) {
			return false;
		}
		String ids = candidates.stream().flatMap(c -> java.util.stream.Stream.of(c[1].id(), c[2].id())).distinct()
				.map(Pattern::quote).collect(Collectors.joining("|"));
		Map<String, Integer> firstPage = new HashMap<>();
		for (PagePosition<?> p : laidOut.findPagePositionsByID(Pattern.compile(ids))) {
			firstPage.merge(p.getId(), p.getPageNo(), Math::min);
		}
		boolean marked = false;
		for (Element[] c : candidates) {
			Integer starts = firstPage.get(c[1].id());
			Integer before = firstPage.get(c[2].id());
			if (starts != null && before != null && starts > before) {
				c[0].addClass(CONTINUED);
				marked = true;
			}
		}
		if (marked) {
			page.head().appendElement("style").text(CSS);
		}
		return marked;
	}
}
