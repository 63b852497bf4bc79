package org.report.dsl.format;

import java.util.EnumMap;
import java.util.Map;

/**
 * The formats in force (格式), one per {@link FormatVersion}: the official ones of
 * {@link ReportFormats}, unless a test has put a copy in place. Every reader of the format (parsing,
 * validation, completion, renderers, importer) reaches it through here ({@link ReportFormat#of},
 * {@link FormatIndex#of}), so a copy with a fictional row or alias is seen everywhere at once.
 */
public final class FormatCatalog {

	/** A format and its label index, built together. */
	private record Entry(ReportFormat format, FormatIndex index) {
		static Entry of(ReportFormat format) {
			return new Entry(format, new FormatIndex(format));
		}
	}

	private static final Map<FormatVersion, Entry> OFFICIAL = official();
	private static volatile Map<FormatVersion, Entry> current = OFFICIAL;

	private FormatCatalog() {
	}

	public static ReportFormat format(FormatVersion version) {
		return current.get(version).format();
	}

	static FormatIndex index(FormatVersion version) {
		return current.get(version).index();
	}

	/**
	 * Puts {@code copy} in place of the format of its version until the returned handle is closed
	 * (for tests: {@code try (var r = FormatCatalog.replace(copy)) { … }}). Not for concurrent use
	 * with other replacements.
	 */
	public static Replacement replace(ReportFormat copy) {
		Map<FormatVersion, Entry> before = current;
		Map<FormatVersion, Entry> next = new EnumMap<>(before);
		next.put(copy.version(), Entry.of(copy));
		current = next;
		return () -> current = before;
	}

	/** Restores the formats that were in force before {@link #replace}. */
	@FunctionalInterface
	public interface Replacement extends AutoCloseable {
		@Override
		void close();
	}

	private static Map<FormatVersion, Entry> official() {
		Map<FormatVersion, Entry> m = new EnumMap<>(FormatVersion.class);
		m.put(FormatVersion.V2021, Entry.of(ReportFormats.V2021));
		m.put(FormatVersion.V2019, Entry.of(ReportFormats.V2019));
		return m;
	}
}
