package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ranks of organs by a key figure (排名): largest first, equal values share a rank (1, 1, 3). */
public final class Ranking {

	private Ranking() {
	}

	/** Organ → rank, for organs whose figure is not null; in rank order (then name order). */
	public static Map<String, Integer> of(Map<String, KeyFigures> organs, Function<KeyFigures, BigDecimal> figure) {
		List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>();
		organs.forEach((organ, f) -> {
			BigDecimal v = figure.apply(f);
			if (v != null) {
				entries.add(Map.entry(organ, v));
			}
		});
		entries.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()));
		Map<String, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			boolean tie = i > 0 && entries.get(i).getValue().compareTo(entries.get(i - 1).getValue()) == 0;
			ranks.put(entries.get(i).getKey(), tie ? ranks.get(entries.get(i - 1).getKey()) : i + 1);
		}
		return ranks;
	}
}
