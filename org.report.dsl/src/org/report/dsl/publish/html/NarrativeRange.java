package org.report.dsl.publish.html;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.report.dsl.narrative.NarrativeScanner;
import org.report.dsl.narrative.Segment;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.reportDsl.Narrative;

/**
 * Where a finding's range of the document falls in the published text of its narrative: the source's
 * 「\"\"\"」 and the line break after them dropped, CR LF read as LF, and each reference replaced by its
 * value. Whatever range the finding carries is what the review page marks (a number, a sentence, a
 * paragraph).
 */
final class NarrativeRange {

	private static final String QUOTES = "\"\"\"";

	private NarrativeRange() {
	}

	/** {start, end} in the published text, or null when the finding has no range inside the narrative's text. */
	static int[] of(EObject narrative, String published, ReviewFinding f) {
		if (published == null || f.offset() < 0 || f.length() <= 0) {
			return null;
		}
		ILeafNode block = block(narrative);
		if (block == null) {
			return null;
		}
		String raw = block.getText();
		int from = f.offset() - block.getOffset();
		int to = from + f.length();
		if (from < QUOTES.length() || to > raw.length() - QUOTES.length()) {
			return null; // the whole narrative, or outside its text
		}
		String body = raw.substring(QUOTES.length(), raw.length() - QUOTES.length());
		int start = converted(body, from - QUOTES.length());
		int end = converted(body, to - QUOTES.length());
		String text = narrative instanceof Narrative n && n.getText() != null ? n.getText() : normalized(body);
		int[] range = { published(text, published, start), published(text, published, end) };
		return range[0] >= 0 && range[1] > range[0] ? range : null;
	}

	private static ILeafNode block(EObject narrative) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(narrative);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getText().startsWith(QUOTES)) {
				return leaf;
			}
		}
		return null;
	}

	/** The text about as the converter reads it (see TextBlockConverter): LF only, first line break dropped. */
	private static String normalized(String body) {
		String s = body.replace("\r\n", "\n");
		return s.startsWith("\n") ? s.substring(1) : s;
	}

	/** A position in the body between the quotes as a position in the converted text. */
	private static int converted(String body, int position) {
		int p = position;
		for (int i = 0; i < position && i < body.length(); i++) {
			if (body.charAt(i) == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
				p--;
			}
		}
		String lf = body.replace("\r\n", "\n");
		return lf.startsWith("\n") ? Math.max(0, p - 1) : p;
	}

	/**
	 * A position in the converted text as a position in the published text: literals are published as
	 * they read, a reference as its value (found where the next literal starts again).
	 */
	private static int published(String text, String published, int position) {
		if (text.indexOf('{') < 0) {
			return text.equals(published) ? Math.min(position, published.length()) : -1;
		}
		List<Segment> segments = new NarrativeScanner().scan(text);
		int out = 0;
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			if (s instanceof Segment.Literal l && l.text().length() == l.length()) {
				if (position < s.offset() + s.length()) {
					return out + Math.max(0, position - s.offset());
				}
				out += l.length();
			} else if (s instanceof Segment.Literal l) {
				if (position < s.offset() + s.length()) {
					return out; // inside a literal with {{: its start
				}
				out += l.text().length();
			} else {
				if (position < s.offset() + s.length()) {
					return out;
				}
				String next = i + 1 < segments.size() && segments.get(i + 1) instanceof Segment.Literal l ? l.text() : null;
				int resumes = next == null || next.isEmpty() ? published.length() : published.indexOf(next, out);
				if (resumes < 0) {
					return -1;
				}
				out = resumes;
			}
		}
		return Math.min(out, published.length());
	}
}
