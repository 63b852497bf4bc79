package org.report.dsl.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.text.HalfWidth;

/**
 * Narrative sentences whose numbers changed (数字有变化的叙述): a sentence of this year that is not in
 * last year's section, but is when its numbers are masked, is paired with last year's sentence of
 * the same shape. The report's own year counts as the same number in both (「2022年，…」 then
 * 「2023年，…」 is no change).
 */
final class NarrativeDiff {

	/** A number as narrative writes it, after full-width digits are folded: 14571, 9116.36. */
	private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

	/** Where a sentence ends: 。！？；or a line end (the mark stays with its sentence). */
	private static final Pattern END = Pattern.compile("(?<=[。！？；\\n])");

	private NarrativeDiff() {
	}

	static List<NarrativeChange> of(PublishedReport previous, PublishedReport current) {
		List<NarrativeChange> changes = new ArrayList<>();
		for (PublishedSection now : current.sections()) {
			PublishedSection before = previous.section(now.def().number()).orElse(null);
			if (before == null) {
				continue;
			}
			List<String> old = sentences(before.narrative());
			Set<String> same = new HashSet<>();
			Map<String, String> byShape = new HashMap<>();
			for (String s : old) {
				same.add(shape(s, previous.year(), false));
				byShape.putIfAbsent(shape(s, previous.year(), true), s);
			}
			for (String s : sentences(now.narrative())) {
				if (same.contains(shape(s, current.year(), false))) {
					continue;
				}
				String match = byShape.get(shape(s, current.year(), true));
				if (match != null) {
					changes.add(new NarrativeChange(now.def().number(), match, s));
				}
			}
		}
		return changes;
	}

	private static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String s : END.split(text)) {
			String t = s.strip();
			if (!t.isEmpty() && NUMBER.matcher(HalfWidth.of(t)).find()) {
				sentences.add(t);
			}
		}
		return sentences;
	}

	/** The sentence with its year (and, when masking, every other number) replaced by a mark. */
	private static String shape(String sentence, int year, boolean mask) {
		String folded = HalfWidth.of(sentence);
		Matcher m = NUMBER.matcher(folded);
		StringBuilder b = new StringBuilder();
		String y = Integer.toString(year);
		while (m.find()) {
			String n = m.group();
			m.appendReplacement(b, n.equals(y) ? "〈年〉" : mask ? "〈数〉" : n);
		}
		m.appendTail(b);
		return b.toString();
	}
}
