package org.report.dsl.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves written labels against the format: numbering, bracket width, quotes and spaces aside. */
public final class Labels {

	private static final Pattern NUMBERING = Pattern
			.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9０-９]+[.．、])");

	private Labels() {
	}

	/** The comparison key of a label: no spaces or quotes, full-width brackets, no leading numbering. */
	public static String key(String text) {
		return NUMBERING.matcher(canonical(text)).replaceFirst("");
	}

	/** The label with spaces and quotes removed and brackets and commas made full-width. */
	public static String canonical(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case ' ', '\t', '\u3000', '\r', '\n', '“', '”', '"', '‘', '’', '\'' -> {
			}
			case '(' -> b.append('（');
			case ')' -> b.append('）');
			case ',' -> b.append('，');
			case ':' -> b.append('：');
			default -> b.append(c);
			}
		}
		return b.toString();
	}

	/** An index of labelled things by key. */
	public static final class Index<T extends Labelled> {
		private final Map<String, LabelMatch<T>> byKey = new HashMap<>();

		public Index(List<T> defs) {
			// Variants first, so an alias or official label equal to some variant wins.
			for (T d : defs) {
				d.variants().forEach(v -> byKey.put(key(v), new LabelMatch<>(d, LabelMatch.Kind.VARIANT)));
			}
			for (T d : defs) {
				d.aliases().forEach(a -> byKey.put(key(a), new LabelMatch<>(d, LabelMatch.Kind.ALIAS)));
			}
			for (T d : defs) {
				byKey.put(key(d.label()), new LabelMatch<>(d, LabelMatch.Kind.OFFICIAL));
			}
		}

		public Optional<LabelMatch<T>> find(String written) {
			return Optional.ofNullable(byKey.get(key(written)));
		}
	}
}
