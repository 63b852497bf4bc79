package org.report.dsl.importer.write;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.report.dsl.importer.ImportFinding;

/**
 * Findings as the output's header comment lists them: one line each, except that consecutive findings
 * saying the same of different rows (「「3.其他」只印了 5 个数值…」 for eighteen rows) are one line.
 */
final class FindingSummary {

	private static final Pattern FIRST_QUOTE = Pattern.compile("「[^」]*」");

	private FindingSummary() {
	}

	static List<String> lines(List<ImportFinding> findings) {
		List<String> lines = new ArrayList<>();
		int i = 0;
		while (i < findings.size()) {
			ImportFinding first = findings.get(i);
			String shape = shape(first);
			int j = i + 1;
			while (j < findings.size() && findings.get(j).rule() == first.rule() && shape(findings.get(j)).equals(shape)) {
				j++;
			}
			if (j - i > 2) {
				lines.add("第 " + first.line() + "–" + findings.get(j - 1).line() + " 行（" + (j - i) + " 处同样）: "
						+ first.message());
			} else {
				for (int k = i; k < j; k++) {
					lines.add("第 " + findings.get(k).line() + " 行: " + findings.get(k).message());
				}
			}
			i = j;
		}
		return lines;
	}

	/** The message with the row it names (its first 「…」) and its line numbers left out. */
	private static String shape(ImportFinding f) {
		return FIRST_QUOTE.matcher(f.message()).replaceFirst("「」").replaceAll("[0-9]+", "#");
	}
}
