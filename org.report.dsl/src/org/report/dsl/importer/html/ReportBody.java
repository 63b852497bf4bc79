package org.report.dsl.importer.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.SectionDef;
import org.report.dsl.importer.text.Canonical;

/**
 * Where the report stands in a web page: the smallest element holding the headings of its sections
 * (一、总体情况 … 六、其他需要报告的事项) as the start of a paragraph, table cell or line, which leaves
 * the page furniture (navigation, the 索引号/发布机构 header table, related links, footers) outside. A
 * page with the headings twice holds two reports; a page with fewer than three of them is read whole
 * (the text stage then says what it misses). The page's title (its 「ArticleTitle」 meta or
 * {@code <title>} up to the site name) leads the text when the body does not start with it.
 *
 * @param root    the element holding the report
 * @param title   the title to put before it, or null
 * @param problem why no single report can be read (two reports), or null
 */
record ReportBody(Element root, String title, String problem) {

	/** Fewer headings than this found as headings: not enough to cut the page, the whole body is read. */
	private static final int ENOUGH_HEADINGS = 3;
	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
			"tr", "table", "section", "article", "body", "blockquote", "center", "pre", "dd", "dt");

	static ReportBody find(Document page) {
		Element body = page.body();
		List<TextNode> nodes = new ArrayList<>();
		StringBuilder canon = new StringBuilder();
		List<Integer> owner = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode t) {
				String s = t.getWholeText();
				boolean any = false;
				for (int i = 0; i < s.length(); i++) {
					char c = Canonical.of(s.charAt(i));
					if (c != Canonical.NONE && c != Canonical.SEPARATOR) {
						canon.append(c);
						owner.add(nodes.size());
						any = true;
					}
				}
				if (any) {
					nodes.add(t);
				}
			} else if (node instanceof Element e && e.normalName().equals("br")) {
				// a line break starts a line: remembered as a break between the text nodes around it
				if (!nodes.isEmpty() && (owner.isEmpty() || owner.get(owner.size() - 1) == nodes.size() - 1)) {
					nodes.add(null);
				}
			}
		}, body);
		ReportFormat format = ReportFormat.of(FormatVersion.V2021);
		TreeMap<Integer, List<Element>> headings = new TreeMap<>();
		for (SectionDef def : format.sections()) {
			String label = Canonical.of(def.label());
			for (int i = canon.indexOf(label); i >= 0; i = canon.indexOf(label, i + 1)) {
				Element block = blockOf(nodes.get(owner.get(i)));
				boolean starts = i == 0 || owner.get(i - 1) + 1 < owner.get(i) // a <br> between
						|| blockOf(nodes.get(owner.get(i - 1))) != block;
				if (starts && (headings.get(def.number()) == null || !headings.get(def.number()).contains(block))) {
					headings.computeIfAbsent(def.number(), n -> new ArrayList<>()).add(block);
				}
			}
		}
		String title = title(page);
		if (headings.size() < ENOUGH_HEADINGS) {
			return new ReportBody(body, title, null);
		}
		long repeated = headings.values().stream().filter(l -> l.size() > 1).count();
		if (repeated >= 2 && headings.values().stream().filter(l -> l.size() > 1).allMatch(l -> disjoint(l))) {
			SectionDef first = format.sections().get(0);
			return new ReportBody(body, title, "网页中有两份（或更多）报告：「" + first.label() + "」等部分标题各出现了 "
					+ headings.firstEntry().getValue().size() + " 次；请把每份报告分别保存为一个文件后再导入");
		}
		Element root = null;
		for (List<Element> blocks : headings.values()) {
			root = root == null ? blocks.get(0) : common(root, blocks.get(0));
		}
		if (title != null && Canonical.of(root.text()).indexOf(Canonical.of(title)) >= 0) {
			title = null;
		}
		return new ReportBody(root, title, null);
	}

	private static boolean disjoint(List<Element> blocks) {
		for (int i = 1; i < blocks.size(); i++) {
			if (blocks.get(i).parents().contains(blocks.get(0)) || blocks.get(0).parents().contains(blocks.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static Element blockOf(Node node) {
		Node n = node;
		while (n != null && !(n instanceof Element e && BLOCKS.contains(e.normalName()))) {
			n = n.parent();
		}
		return (Element) n;
	}

	private static Element common(Element a, Element b) {
		Set<Element> up = new LinkedHashSet<>();
		for (Element e = a; e != null; e = e.parent()) {
			up.add(e);
		}
		for (Element e = b; e != null; e = e.parent()) {
			if (up.contains(e)) {
				return e;
			}
		}
		return a.ownerDocument().body();
	}

	/**
	 * The page's own title: its 「ArticleTitle」 meta (CMS pages), else {@code <title>} before the site
	 * name; when that is no report title (a site name only) and a heading of the page is (the article
	 * header of a CMS template: 「h1」–「h3」 or an element whose class names a title), that heading.
	 */
	private static String title(Document page) {
		Element meta = page.selectFirst("meta[name=ArticleTitle]");
		String t = cut(meta != null ? meta.attr("content") : page.title());
		if (t.contains(REPORT_TITLE)) {
			return t;
		}
		for (Element heading : page.select("h1, h2, h3, [class*=title]")) {
			String h = HtmlReader.flat(heading.text()).strip();
			if (h.contains(REPORT_TITLE) && h.length() <= MAX_TITLE) {
				return h;
			}
		}
		return t.isEmpty() ? null : t;
	}

	/** What every report's title holds (「<机关名称><YYYY>年政府信息公开工作年度报告」). */
	private static final String REPORT_TITLE = "政府信息公开工作年度报告";
	/** Longer than any title: a heading holding more is text. */
	private static final int MAX_TITLE = 80;

	private static String cut(String title) {
		String t = title;
		for (String cut : new String[] { "_", "|", " - ", "——" }) {
			int i = t.indexOf(cut);
			if (i > 0) {
				t = t.substring(0, i);
			}
		}
		return HtmlReader.flat(t).strip();
	}
}
