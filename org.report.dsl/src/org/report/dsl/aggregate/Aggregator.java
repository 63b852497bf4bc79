package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.standalone.ReportLoader;

import com.google.inject.Inject;

/**
 * Sums many reports into one {@link Aggregation} (汇总): each file is read, checked and reduced to its
 * summary on a bounded pool of threads; the summaries are folded in the order of the given sources (a
 * window of at most four reads per thread in flight), so the result does not depend on scheduling and
 * memory holds a few models at a time, never all of them. A file that cannot be read is a source with
 * status {@link SourceStatus#UNREADABLE}; it never stops the run.
 */
public class Aggregator {

	@Inject
	private ReportLoader loader;

	@Inject
	private ReportAnalysis analysis;

	/**
	 * A file to read.
	 *
	 * @param file   where it is
	 * @param source how the summary names it
	 * @param folder its folder relative to the path it was found under
	 */
	public record Source(Path file, String source, String folder) {
	}

	/** Sums the sources with the given number of threads; progress gets the count folded so far. */
	public Aggregation run(List<Source> sources, GroupBy groupBy, int threads, IntConsumer progress) {
		Summarizer summarizer = new Summarizer(loader, analysis);
		Fold fold = new Fold(groupBy);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
			Thread t = new Thread(r, "reportdsl-aggregate");
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Future<Summarizer.Read>> window = new ArrayDeque<>();
			int next = 0, done = 0;
			while (next < sources.size() || !window.isEmpty()) {
				while (next < sources.size() && window.size() < 4 * Math.max(1, threads)) {
					Source s = sources.get(next++);
					window.add(pool.submit(() -> read(summarizer, s)));
				}
				fold.add(take(window.removeFirst()));
				progress.accept(++done);
			}
		} finally {
			pool.shutdownNow();
		}
		return fold.result();
	}

	private static Summarizer.Read read(Summarizer summarizer, Source s) {
		try {
			return summarizer.read(s.file(), s.source(), s.folder());
		} catch (RuntimeException | StackOverflowError e) {
			return new Summarizer.Read(new ReportSummary(s.source(), s.folder(), "", 0, null, SourceStatus.UNREADABLE,
					1, 0, "读取时出现内部错误：" + e.getClass().getSimpleName(), List.of(), KeyFigures.NONE), null);
		}
	}

	private static Summarizer.Read take(Future<Summarizer.Read> f) {
		try {
			return f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The running sums; used by one thread. */
	private static final class Fold {
		private final GroupBy groupBy;
		private final List<ReportSummary> sources = new ArrayList<>();
		private final List<Aggregation.Duplicate> duplicates = new ArrayList<>();
		private final Set<FormatVersion> formats = EnumSet.noneOf(FormatVersion.class);
		private final BigDecimal[] totals = new BigDecimal[Summarizer.CELLS.size()];
		private final Map<String, String> seen = new HashMap<>();
		private final SortedMap<String, KeyFigures> groups = new TreeMap<>();
		private final SortedMap<String, KeyFigures> organs = new TreeMap<>();
		private final SortedMap<String, SortedMap<Integer, KeyFigures>> trend = new TreeMap<>();
		private final SortedMap<String, SortedMap<String, Integer>> findings = new TreeMap<>();
		private KeyFigures all = KeyFigures.NONE;

		Fold(GroupBy groupBy) {
			this.groupBy = groupBy;
			Arrays.fill(totals, BigDecimal.ZERO);
		}

		void add(Summarizer.Read read) {
			ReportSummary s = read.summary();
			sources.add(s);
			if (!s.status().summed()) {
				return;
			}
			String first = seen.putIfAbsent(s.organYear(), s.source());
			if (first != null) {
				duplicates.add(new Aggregation.Duplicate(s, first));
				return;
			}
			formats.add(s.format());
			BigDecimal[] cells = read.cells();
			for (int i = 0; i < totals.length; i++) {
				if (cells[i] != null) {
					totals[i] = totals[i].add(cells[i]);
				}
			}
			KeyFigures f = s.figures();
			all = all.plus(f);
			groups.merge(groupBy.of(s), f, KeyFigures::plus);
			organs.merge(s.organ(), f, KeyFigures::plus);
			trend.computeIfAbsent(s.organ(), o -> new TreeMap<>()).merge(s.year(), f, KeyFigures::plus);
			for (String rule : s.rules()) {
				findings.computeIfAbsent(rule, r -> new TreeMap<>()).merge(s.organ(), 1, Integer::sum);
			}
		}

		Aggregation result() {
			return new Aggregation(Collections.unmodifiableList(sources), List.copyOf(duplicates), Collections.unmodifiableSet(formats),
					Summarizer.CELLS, List.of(totals), groupBy, groups, organs, trend, findings, all);
		}
	}
}
