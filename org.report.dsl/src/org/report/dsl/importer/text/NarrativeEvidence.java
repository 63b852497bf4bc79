package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.importer.solve.LinearConstraint;
import org.report.dsl.importer.solve.TieBreaker;

/**
 * Numbers the narrative states about table 二's document rows (「现行有效行政规范性文件698件」,
 * 「制发的规范性文件88件」): a column's words and a row's name, from the format, and a count in one
 * clause. Table 二 has no sums, so where its cells run together only such statements can tell the
 * segmentations apart; a cell stated twice with different numbers is not used.
 */
public final class NarrativeEvidence {

	private static final String GAP_LONG = "[^，。；;,:：\\d\\s]{0,12}?";
	private static final String GAP_SHORT = "[^，。；;,:：\\d\\s]{0,6}?";
	private static final String COUNT = "([0-9０-９]+)\\s*件";

	private NarrativeEvidence() {
	}

	public static List<TieBreaker> of(TableDef table, String narrative) {
		Map<CellRef, Long> values = new LinkedHashMap<>();
		Map<CellRef, String> quotes = new LinkedHashMap<>();
		List<CellRef> conflicting = new ArrayList<>();
		for (RowDef row : table.rows()) {
			if (row.columns().size() < 2) {
				continue; // a single value is never run together with others of its row
			}
			String names = alternatives(row.label(), row.variants(), row.aliases());
			for (ColumnDef column : row.columns()) {
				String words = alternatives(column.label(), column.variants(), column.aliases());
				CellRef cell = new CellRef(table, row, column);
				for (String regex : List.of(words + GAP_LONG + names + GAP_SHORT + COUNT,
						names + GAP_LONG + words + GAP_SHORT + COUNT)) {
					Matcher m = Pattern.compile(regex).matcher(narrative);
					while (m.find()) {
						long value = Long.parseLong(ascii(m.group(1)));
						Long earlier = values.putIfAbsent(cell, value);
						quotes.putIfAbsent(cell, m.group());
						if (earlier != null && earlier != value) {
							conflicting.add(cell);
						}
					}
				}
			}
		}
		List<TieBreaker> result = new ArrayList<>();
		values.forEach((cell, value) -> {
			if (!conflicting.contains(cell)) {
				result.add(new TieBreaker("叙述「" + quotes.get(cell) + "」", LinearConstraint.equal("叙述", cell, value)));
			}
		});
		return result;
	}

	private static String alternatives(String label, List<String> variants, List<String> aliases) {
		List<String> all = new ArrayList<>();
		all.add(label);
		all.addAll(variants);
		all.addAll(aliases);
		all.sort((a, b) -> b.length() - a.length());
		StringBuilder b = new StringBuilder("(?:");
		for (int i = 0; i < all.size(); i++) {
			b.append(i == 0 ? "" : "|").append(Pattern.quote(all.get(i)));
		}
		return b.append(')').toString();
	}

	private static String ascii(String s) {
		return org.report.dsl.text.HalfWidth.of(s);
	}
}
