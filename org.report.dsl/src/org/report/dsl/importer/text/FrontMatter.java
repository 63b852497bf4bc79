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
			+ "|统计(?:期限|时限|区间|时间|期间)[^。]{0,12}?((?:19|20)[0-9]{2})\\s*年\\s*(?:1\\s*月|度|全年)[^。，；,;]{0,20}");
	/**
	 * A title without the year (「测试县测试局政府信息公开工作年度报告」), or with it in brackets after
	 * (「…年度报告（2023年度）」): the organ is the part before.
	 */
	private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile("^\\s*([^0-9。，；：:,;！？《》“”\"\\s]{2,40}?)\\s*"
			+ "政府信息公开工作年度报告\\s*(?:[（(]\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*[）)])?\\s*$");
	/**
	 * The organ named in the statistics-period sentence: 「本报告所列测试县测试局政府信息公开工作数据的统计期限…」,
	 * 「…统计期限…，统计范围为测试县测试局」; an organ's name ends in one of the characters organs' names end in.
	 */
	private static final Pattern ORGAN_IN_PERIOD = Pattern.compile("所列\\s*([^0-9。，；：:,;！？《》“”\"\\s的]{2,40}?[局委办院府厅会处所心室部署区县市镇乡队站馆])"
			+ "\\s*的?\\s*(?:政府信息公开)?(?:工作)?(?:相关)?数据[^。]{0,6}统计(?:期限|时限|区间|时间|期间)"
			+ "|统计(?:期限|时限|区间|时间|期间)[^。]{0,40}?统计范围(?:为|是)\\s*([^0-9。，；：:,;！？《》“”\"\\s]{2,40}?[局委办院府厅会处所心室部署区县市镇乡队站馆])");
	private static final int MAX_TITLE_LINE = 3;
	/** The report named in the preamble's first sentence: 「现向社会公布××局2023年度政府信息公开工作年度报告」. */
	private static final Pattern ORGAN_IN_TEXT = Pattern.compile("(?:公布|发布|编制|形成)(?:了|的)?《?\\s*"
			+ "([^。，；：:,;！？《》“”\"\\s]{2,40}?)\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*政府信息公开工作年度报告");
	/** A title at the start of a line with text glued after it: an organ name without punctuation. */
	private static final Pattern GLUED_TITLE = Pattern
			.compile("\\s*([^。，；：:,;！？《》“”\"\\s]{2,40}?)\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*政府信息公开工作年度报告");

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
				m = TITLE_WITHOUT_YEAR.matcher(clip(input, lines.get(i), end));
				if (!m.matches()) {
					continue;
				}
			}
			int first = i;
			String title = m.group(0).strip();
			String organ = m.group(1).strip();
			int titleYear = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			if (organ.isEmpty() && i > 0 && isOrganLine(clip(input, lines.get(i - 1), end))) {
				first = i - 1;
				organ = clip(input, lines.get(i - 1), end).strip();
				title = organ + title;
			}
			for (int j = 0; j < first; j++) {
				dropLine(input, lines.get(j), "标题前的文字", findings);
			}
			int next = i + 1;
			while (next < lines.size() && repeats(clip(input, lines.get(next), end), m.group(0), organ, titleYear)) {
				dropLine(input, lines.get(next), "重复的标题", findings);
				next++;
			}
			int preambleStart = next < lines.size() ? input.lineStart(lines.get(next)) : end;
			return withYear(input, new FrontMatter(title, organ.isEmpty() ? null : organ, titleYear,
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
		FrontMatter glued = gluedTitle(input, lines.isEmpty() ? -1 : lines.get(0), end, findings);
		if (glued != null) {
			return glued;
		}
		return withYear(input, new FrontMatter(null, null, 0, 0, end), end, findings);
	}

	/**
	 * A title glued to the text after it on the first line (a page copied as one line:
	 * 「××局2023年政府信息公开工作年度报告本报告根据…」): the title is the line's start up to its
	 * suffix, the preamble starts after it.
	 */
	private static FrontMatter gluedTitle(InputText input, int line, int end, List<ImportFinding> findings) {
		if (line < 0) {
			return null;
		}
		Matcher m = GLUED_TITLE.matcher(clip(input, line, end));
		if (!m.lookingAt() || m.group(1).isBlank()) {
			return null;
		}
		int preambleStart = input.lineStart(line) + m.end();
		findings.add(ImportFinding.of(input, preambleStart, Rule.LAYOUT,
				"标题「" + m.group().strip() + "」与后面的文字连在同一行，已分开"));
		return withYear(input, new FrontMatter(m.group().strip(), m.group(1).strip(), Integer.parseInt(m.group(2)),
				preambleStart, end), end, findings);
	}

	/** The default title the language derives from organ and year. */
	public String defaultTitle() {
		return organ == null || year == 0 ? null : organ + year + TITLE_SUFFIX;
	}

	private static FrontMatter withYear(InputText input, FrontMatter front, int end, List<ImportFinding> findings) {
		int year = front.year();
		String organ = front.organ();
		if (organ == null || year == 0) {
			// the first sentence: 「…现向社会公布××县××局2023年度政府信息公开工作年度报告」
			Matcher m = ORGAN_IN_TEXT.matcher(input.slice(0, Math.min(input.length(), end)));
			if (m.find() && (year == 0 || year == Integer.parseInt(m.group(2)))) {
				if (organ == null) {
					organ = m.group(1).strip();
					findings.add(ImportFinding.of(input, front.preambleStart(), Rule.LAYOUT,
							"标题没有写明机关名称，取自前言「" + m.group().strip() + "」"));
				}
				year = Integer.parseInt(m.group(2));
			}
		}
		if (organ == null) {
			Matcher m = ORGAN_IN_PERIOD.matcher(input.slice(0, Math.min(input.length(), end)));
			if (m.find()) {
				organ = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
				findings.add(ImportFinding.of(input, front.preambleStart(), Rule.LAYOUT,
						"标题和前言首句都没有写明机关名称，取自统计期限的句子「" + m.group().strip() + "」"));
			}
		}
		front = new FrontMatter(front.title(), organ, year, front.preambleStart(), front.preambleEnd());
		if (year == 0) {
			Matcher m = YEAR_IN_TEXT.matcher(input.slice(0, Math.min(input.length(), end + 2000)));
			if (m.find()) {
				year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
				if (m.group(2) != null) {
					findings.add(ImportFinding.of(input, front.preambleStart(), Rule.LAYOUT,
							"标题没有写明年份，取自统计期限「" + m.group().strip() + "」"));
				}
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

	/**
	 * Whether a line after the title repeats it: the same line, or a title of the same year that names
	 * no other organ (a page's body title 「2023年政府信息公开工作年度报告」 under the page's own title).
	 */
	private static boolean repeats(String line, String title, String organ, int year) {
		if (line.strip().equals(title.strip())) {
			return true;
		}
		Matcher m = TITLE.matcher(line);
		return year != 0 && m.matches() && Integer.parseInt(m.group(2)) == year
				&& (m.group(1).isBlank() || m.group(1).strip().equals(organ));
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
