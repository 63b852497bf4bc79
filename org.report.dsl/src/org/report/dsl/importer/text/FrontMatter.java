package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.report.dsl.format.Rule;

import org.report.dsl.importer.ImportFinding;

/**
 * What comes before 一、总体情况: the title (possibly split over two lines, the organ on the first),
 * from which the organ and the year are read, and the preamble (legal basis, statistics period,
 * contact). Without a title line the crawler's 「标题:」 serves; the year may also come from the
 * statistics period. A repeated title line is furniture.
 *
 * @param title         the title as published, or null
 * @param organ         the organ's name, or null when the text does not say
 * @param year          the report's year, or 0 when the text does not say
 * @param preambleStart offset where the preamble starts
 * @param preambleEnd   offset where it ends (the first heading)
 */
public record FrontMatter(String title, String organ, int year, int preambleStart, int preambleEnd) {

	/** How every title ends (format: 「<机关名称><YYYY>年政府信息公开工作年度报告」, also 「YYYY年度」). */
	static final String TITLE_SUFFIX = "年政府信息公开工作年度报告";

	private static final Pattern TITLE = Pattern
			.compile("^\\s*(.*?)\\s*((?:19|20)[0-9]{2})\\s*年(度?)\\s*政府信息公开工作年度报告\\s*$");
	private static final Pattern YEAR_IN_TEXT = Pattern.compile("((?:19|20)[0-9]{2})\\s*年度?\\s*政府信息公开工作年度报告"
			+ "|统计(?:期限|时限|区间|时间|期间)[^。]{0,12}?((?:19|20)[0-9]{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
	private static final int MAX_TITLE_LINE = 3;

	public static FrontMatter read(InputText input, Furniture.Result furniture, int end, List<ImportFinding> findings) {
		List<Integer> lines = new ArrayList<>();
		for (int line = 1; line <= input.lineCount() && input.lineStart(line) < end; line++) {
			if (!input.isDropped(line) && !input.text().substring(input.lineStart(line), Math.min(end,
					input.lineEnd(line))).isBlank()) {
				lines.add(line);
			}
		}
		for (int i = 0; i < Math.min(lines.size(), MAX_TITLE_LINE); i++) {
			Matcher m = TITLE.matcher(clip(input, lines.get(i), end));
			if (!m.matches()) {
				continue;
			}
			int first = i;
			String title = m.group(0).strip();
			String organ = m.group(1).strip();
			if (organ.isEmpty() && i > 0 && isOrganLine(clip(input, lines.get(i - 1), end))) {
				first = i - 1;
				organ = clip(input, lines.get(i - 1), end).strip();
				title = organ + title;
			}
			for (int j = 0; j < first; j++) {
				dropLine(input, lines.get(j), "标题前的文字", findings);
			}
			int next = i + 1;
			while (next < lines.size() && clip(input, lines.get(next), end).strip().equals(m.group(0).strip())) {
				dropLine(input, lines.get(next), "重复的标题", findings);
				next++;
			}
			int preambleStart = next < lines.size() ? input.lineStart(lines.get(next)) : end;
			return withYear(input, new FrontMatter(title, organ.isEmpty() ? null : organ, Integer.parseInt(m.group(2)),
					Math.min(preambleStart, end), end), end, findings);
		}
		String title = furniture.crawlerTitle();
		if (title != null) {
			Matcher m = TITLE.matcher(title);
			if (m.matches()) {
				String organ = m.group(1).strip();
				return withYear(input, new FrontMatter(title, organ.isEmpty() ? null : organ,
						Integer.parseInt(m.group(2)), 0, end), end, findings);
			}
		}
		return withYear(input, new FrontMatter(null, null, 0, 0, end), end, findings);
	}

	/** The default title the language derives from organ and year. */
	public String defaultTitle() {
		return organ == null || year == 0 ? null : organ + year + TITLE_SUFFIX;
	}

	private static FrontMatter withYear(InputText input, FrontMatter front, int end, List<ImportFinding> findings) {
		int year = front.year();
		if (year == 0) {
			Matcher m = YEAR_IN_TEXT.matcher(input.slice(0, Math.min(input.length(), end + 2000)));
			if (m.find()) {
				year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
			}
		}
		if (front.organ() == null) {
			findings.add(ImportFinding.of(input, front.preambleStart(), Rule.UNRESOLVED,
					"原文没有「<机关名称><年份>年政府信息公开工作年度报告」形式的标题，无法确定机关名称；请在「年报」后填写"));
		}
		if (year == 0) {
			findings.add(ImportFinding.of(input, front.preambleStart(), Rule.UNRESOLVED,
					"原文的标题和统计期限都没有写明年份；请在「年报」后填写"));
		}
		return new FrontMatter(front.title(), front.organ(), year, front.preambleStart(), front.preambleEnd());
	}

	private static String clip(InputText input, int line, int end) {
		return input.text().substring(input.lineStart(line), Math.min(end, input.lineEnd(line)));
	}

	/** The first half of a title split over two lines: a short name, no sentence punctuation. */
	private static boolean isOrganLine(String text) {
		String s = text.strip();
		return !s.isEmpty() && s.length() <= 30 && s.matches("[^。，；：:,;！？]+");
	}

	private static void dropLine(InputText input, int line, String what, List<ImportFinding> findings) {
		input.drop(line);
		findings.add(ImportFinding.of(input, input.lineStart(line), Rule.FURNITURE,
				"删去" + what + "「" + input.lineText(line).strip() + "」"));
	}
}
