package org.report.dsl.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.report.dsl.format.ReportFormats;

/**
 * Finds the numbers a narrative states about the tables (T1–T4): applications received, handled and
 * carried over, 行政复议 and 行政诉讼 counts, 「均获维持」, 现行有效件数, percentages. Patterns are
 * narrow on purpose — a claim is only a claim when it names what it counts — and tuned on the corpus.
 * Numbers written as references {表.行.列} are never claims: they contain no digits here. The words
 * naming applicants, results, case kinds and document rows are the format's labels and aliases
 * ({@link Vocabulary}), never typed here.
 */
public final class ClaimScanner {

	private static final String N = "([0-9０-９]+)\\s*";
	private static final String UNIT = "(?:件|条|个|份|宗)";
	/** Within one clause: no sentence or clause punctuation. */
	private static final String GAP = "[^，。；,;\\d{}]{0,24}?";
	private static final Vocabulary WORDS = new Vocabulary(ReportFormats.V2021);
	private static final String APPLICANTS = WORDS.applicants();
	private static final String RESULTS = WORDS.results();
	private static final String CASE_KINDS = WORDS.caseKinds();

	/**
	 * @param needsDigit the pattern cannot match a text without a digit (it states its number in digits):
	 *                   skipped on such a text, which most narrative paragraphs are
	 * @param anchor     words every match contains (written in the pattern outside any alternative or
	 *                   optional part), or null: a text or a run of sentences without them is not searched
	 *                   — most narratives never say 办结率, 现行有效 or 维持
	 */
	private record Rule(Claim.Kind kind, Pattern pattern, int subjectGroup, int valueGroup, boolean needsDigit,
			String anchor) {

		/** Whether the pattern may match in [start, end) of the text. */
		boolean mayMatch(String text, int start, int end) {
			if (anchor == null) {
				return true;
			}
			int at = text.indexOf(anchor, start);
			return at >= 0 && at + anchor.length() <= end;
		}
	}

	private static final List<Rule> RULES = List.of(
			rule(Claim.Kind.RECEIVED, WORDS.receivedVerbs() + GAP + "申请" + GAP + N + UNIT, 0, 1, "申请"),
			rule(Claim.Kind.RECEIVED, WORDS.receivedVerbs() + "\\s*" + N + UNIT + "[^，。；]{0,8}申请", 0, 1, "申请"),
			rule(Claim.Kind.NONE_RECEIVED, "(?:没有|未|无)(?:收到|受理)[^，。；\\d]{0,12}申请", 0, 0, "申请"),
			rule(Claim.Kind.RECEIVED, "涉及" + APPLICANTS + N + UNIT, 1, 2, "涉及"),
			rule(Claim.Kind.RECEIVED, "[、，]" + APPLICANTS + N + UNIT, 1, 2, null),
			rule(Claim.Kind.HANDLED, WORDS.handledVerbs() + "\\s*" + N + UNIT, 0, 1, null),
			rule(Claim.Kind.HANDLED, WORDS.handledVerbs() + GAP + "申请" + "\\s*" + N + UNIT, 0, 1, "申请"),
			rule(Claim.Kind.CARRIED_IN, "上一?年度?结转" + GAP + N + UNIT, 0, 1, "结转"),
			rule(Claim.Kind.CARRIED_FORWARD, N + UNIT + "[^，。；\\d]{0,8}(?:顺延|结转)(?:到|至)?下一?年度?", 0, 1, "下"),
			rule(Claim.Kind.CARRIED_FORWARD, "结转(?:到|至)?下一?年度?(?:继续办理)?[^，。；\\d]{0,6}?" + N + UNIT, 0, 1, "结转"),
			rule(Claim.Kind.NO_CASES, "(?:未发生|没有发生|没有|无)[^，。；\\d]{0,6}" + CASE_KINDS, 1, 0, null),
			rule(Claim.Kind.ALL_UPHELD, "均(?:获|被|予以)?维持", 0, 0, "维持"),
			rule(Claim.Kind.IN_FORCE, "现行有效(?:的)?" + WORDS.documentsInForce() + GAP + N + UNIT, 1, 2, "现行有效"),
			rule(Claim.Kind.RATE_HANDLED, "办结率(?:为|达)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]", 0, 1, "办结率"),
			rule(Claim.Kind.SHARE, N + UNIT + "[，,]?\\s*占[^，。；\\d]{0,6}?([0-9]+(?:\\.[0-9]+)?)\\s*[%％]", 1, 2, "占"));

	/**
	 * 行政复议 N 件 / 行政诉讼 N 件 (or the count written as a reference {…}), then the clause's results
	 * (其中结果维持 N 件 …).
	 */
	private static final Pattern CASES = Pattern
			.compile(CASE_KINDS + "(?:案件)?" + GAP + "(?:" + N + "|\\{[^{}]*\\}\\s*)" + UNIT + "([^。；]*)");
	private static final Pattern CASE_RESULT = Pattern.compile(RESULTS + "\\s*" + N + UNIT + "?");

	private static Rule rule(Claim.Kind kind, String regex, int subjectGroup, int valueGroup, String anchor) {
		if (anchor != null && !regex.contains(anchor)) {
			throw new IllegalArgumentException("the anchor " + anchor + " is not in " + regex);
		}
		// every pattern whose value is a group states a number in digits (N, or the rate's [0-9]+)
		return new Rule(kind, Pattern.compile(regex), subjectGroup, valueGroup, valueGroup != 0, anchor);
	}

	/**
	 * The claims of a narrative. Line breaks inside it (text from PDFs: 「…政府信息公开申⏎请 5 件」) are
	 * removed before scanning, and each claim's positions are those in the text as given.
	 */
	public List<Claim> scan(String given) {
		Joined text = Joined.of(given);
		List<Claim> claims = new ArrayList<>();
		int[] digitRuns = digitRuns(text.text);
		for (Rule r : RULES) {
			if (!r.mayMatch(text.text, 0, text.text.length())) {
				continue;
			}
			Matcher m = r.pattern().matcher(text.text);
			// a pattern that states a number never spans a 。: only the sentences with a digit are searched
			for (int run = 0; run < (r.needsDigit() ? digitRuns.length : 2); run += 2) {
				if (r.needsDigit()) {
					if (!r.mayMatch(text.text, digitRuns[run], digitRuns[run + 1])) {
						continue;
					}
					m.region(digitRuns[run], digitRuns[run + 1]);
				}
				while (m.find()) {
					claims.add(claim(text, r, m));
				}
			}
		}
		scanCases(text, claims);
		claims.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return claims;
	}

	private static Claim claim(Joined text, Rule r, Matcher m) {
		String subject = r.subjectGroup() == 0 ? null : m.group(r.subjectGroup());
		BigDecimal value;
		int number = r.valueGroup();
		if (r.kind() == Claim.Kind.SHARE) {
			subject = digits(m.group(1)); // the count the share is of
			value = new BigDecimal(m.group(2));
		} else {
			value = number == 0 ? BigDecimal.ZERO : new BigDecimal(digits(m.group(number)));
		}
		return text.claim(r.kind(), subject, value, m.start(), m.end(), number == 0 ? m.start() : m.start(number),
				number == 0 ? m.end() : m.end(number));
	}

	/**
	 * The runs of sentences (text between two 。) that hold a digit, as start and end offsets: a pattern
	 * that states its number in digits matches inside one of them or nowhere (none of them matches a 。).
	 */
	static int[] digitRuns(String text) {
		int[] runs = new int[8];
		int count = 0;
		int sentence = 0;
		boolean digit = false;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '。';
			if (c == '。') {
				if (digit) {
					if (count > 0 && runs[count - 1] == sentence - 1) {
						runs[count - 1] = i; // the sentence before had a digit too: one run
					} else {
						if (count == runs.length) {
							runs = java.util.Arrays.copyOf(runs, count * 2);
						}
						runs[count++] = sentence;
						runs[count++] = i;
					}
				}
				sentence = i + 1;
				digit = false;
			} else if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
				digit = true;
			}
		}
		return java.util.Arrays.copyOf(runs, count);
	}

	/** Whether the text has an ASCII or a full-width digit (what {@link #N} matches). */
	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
				return true;
			}
		}
		return false;
	}

	private static void scanCases(Joined text, List<Claim> claims) {
		if (text.text.indexOf('{') < 0 && !hasDigit(text.text)) {
			return; // a count is digits or a reference {…}
		}
		Matcher m = CASES.matcher(text.text);
		while (m.find()) {
			Claim.Kind kind = WORDS.isReview(m.group(1)) ? Claim.Kind.REVIEW : Claim.Kind.SUIT;
			if (m.group(2) != null) {
				claims.add(text.claim(kind, null, new BigDecimal(digits(m.group(2))), m.start(), m.start(3), m.start(2),
						m.end(2)));
			}
			String rest = m.group(3);
			Matcher other = WORDS.otherCaseKind(m.group(1)).matcher(rest);
			Matcher r = CASE_RESULT.matcher(other.find() ? rest.substring(0, other.start()) : rest);
			while (r.find()) {
				int at = m.start(3);
				claims.add(text.claim(kind, r.group(1), new BigDecimal(digits(r.group(2))), at + r.start(), at + r.end(),
						at + r.start(2), at + r.end(2)));
			}
		}
	}

	/** The text with its line breaks (and the spaces around them) removed, and where each character was. */
	private record Joined(String text, int[] at, int length) {

		static Joined of(String given) {
			int n = given.length();
			int[] at = new int[n + 1];
			if (given.indexOf('\n') < 0) { // nothing to join
				for (int k = 0; k <= n; k++) {
					at[k] = k;
				}
				return new Joined(given, at, n);
			}
			StringBuilder b = new StringBuilder(n);
			int i = 0;
			while (i < n) {
				char c = given.charAt(i);
				if (!space(c)) {
					at[b.length()] = i;
					b.append(c);
					i++;
					continue;
				}
				int j = i;
				boolean lineBreak = false;
				while (j < n && space(given.charAt(j))) {
					lineBreak |= given.charAt(j) == '\n';
					j++;
				}
				if (!lineBreak || i == 0 || j == n) { // kept: spaces, or a break at either end
					for (int k = i; k < j; k++) {
						at[b.length()] = k;
						b.append(given.charAt(k));
					}
				} // else a line break inside the text: dropped with the spaces around it
				i = j;
			}
			at[b.length()] = n;
			return new Joined(b.toString(), at, n);
		}

		/** {@link Character#isWhitespace}, answered without a table look-up for CJK text and ASCII letters. */
		private static boolean space(char c) {
			return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
		}

		/** A claim over [start, end) of the joined text, with its number at [from, to). */
		Claim claim(Claim.Kind kind, String subject, BigDecimal value, int start, int end, int from, int to) {
			int offset = at[start];
			int valueOffset = at[from];
			return new Claim(kind, subject, value, text.substring(start, end), offset, at[end - 1] + 1 - offset,
					valueOffset, at[to - 1] + 1 - valueOffset);
		}
	}

	/** ASCII digits for full-width ones. */
	static String digits(String s) {
		return org.report.dsl.text.HalfWidth.of(s);
	}
}
