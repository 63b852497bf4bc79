package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.report.dsl.format.Labels;
import org.report.dsl.format.SectionDef;

/**
 * A section heading numbered or worded a little differently from the national form, on a line of its
 * own: the organ's own numbering (「（三）收到和处理…」, 「第三部分 收到和处理…」) with the words of the
 * label or a known variant, or the form's numbering (「五、」) with nearly the label's words
 * (「五、存在的主要问题及改进措施」, 「六、其他需要说明的事项」). Tried only for a section whose heading is
 * not found as the format writes it, so that the text after it is not taken as cut off.
 */
final class LooseHeading {

	/** Share of character pairs a heading with the form's numbering must have in common with the label. */
	private static final double SIMILAR = 0.6;
	/** The same for a heading with the organ's own numbering. */
	private static final double SIMILAR_OWN_NUMBERING = 0.8;
	/** Longest heading line, in characters. */
	private static final int MAX_LINE = 40;

	private LooseHeading() {
	}

	static SectionSpan find(InputText input, SectionDef def, int from) {
		String numeral = Pattern.quote(def.numeral());
		Pattern official = Pattern.compile("^[#*\\s]*" + numeral + "\\s*[、.．]\\s*(.+?)[*\\s]*$");
		Pattern own = Pattern.compile("^[#*\\s]*(?:[（(]\\s*" + numeral + "\\s*[)）]|第" + numeral + "(?:部分|章|节)?[、.．:：\\s]?)"
				+ "\\s*(.+?)[*\\s]*$");
		List<String> keys = new ArrayList<>();
		keys.add(Canonical.of(Labels.key(def.label())));
		def.variants().forEach(v -> keys.add(Canonical.of(Labels.key(v))));
		for (int line = input.line(from); line <= input.lineCount(); line++) {
			int start = input.lineStart(line);
			if (start < from || input.isDropped(line)) {
				continue;
			}
			String text = input.lineText(line);
			if (text.strip().length() > MAX_LINE || text.indexOf('。') >= 0) {
				continue;
			}
			Matcher m = official.matcher(text);
			boolean ownNumbering = !m.matches();
			if (ownNumbering) {
				m = own.matcher(text);
				if (!m.matches()) {
					continue;
				}
			}
			double needed = ownNumbering ? SIMILAR_OWN_NUMBERING : SIMILAR;
			String words = Canonical.of(Labels.key(def.numeral() + "、" + m.group(1)));
			if (keys.stream().anyMatch(k -> similarity(k, words) >= needed)) {
				int headingStart = start + text.indexOf(text.strip());
				int headingEnd = start + text.stripTrailing().length();
				return new SectionSpan(def, null, headingStart, headingEnd, input.length(), text.strip());
			}
		}
		return null;
	}

	/** Dice coefficient of the two texts' character pairs. */
	static double similarity(String a, String b) {
		Set<String> pa = pairs(a), pb = pairs(b);
		if (pa.isEmpty() || pb.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String p : pa) {
			if (pb.contains(p)) {
				common++;
			}
		}
		return 2.0 * common / (pa.size() + pb.size());
	}

	private static Set<String> pairs(String s) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			pairs.add(s.substring(i, i + 2));
		}
		return pairs;
	}
}
