package org.report.dsl.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A batch (批量处理) worked on by a small pool of threads and handed back in input order: the
 * results, and so every message, output file and exit code built from them, are those of a run on one
 * thread, whatever the scheduling. At most {@code 2 × threads} results wait at once, so a batch of
 * thousands of reports holds only a few parsed reports in memory. Each item is worked on by one thread
 * (one Xtext resource set per report: {@code ReportLoader}), the consumer runs on the calling thread.
 */
final class InOrder {

	/** The system property that sets the number of threads (1 = everything on the calling thread). */
	static final String THREADS_PROPERTY = "reportdsl.threads";

	private static final int MAX_THREADS = 4;

	private InOrder() {
	}

	/** Threads for a batch of the given size: the processors (at most 4), the property's value if set. */
	static int threads(int items) {
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
		String set = System.getProperty(THREADS_PROPERTY);
		if (set != null) {
			try {
				threads = Math.max(1, Math.min(Integer.parseInt(set.trim()), 64));
			} catch (NumberFormatException e) {
				// not a number: the default
			}
		}
		return Math.max(1, Math.min(threads, items));
	}

	/** Applies work to every item on {@code threads} threads; gives the results to done in input order. */
	static <T, R> void forEach(List<T> items, int threads, Function<T, R> work, Consumer<R> done) {
		if (threads <= 1) {
			items.forEach(item -> done.accept(work.apply(item)));
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "reportdsl-batch");
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Future<R>> waiting = new ArrayDeque<>();
			int next = 0;
			while (next < items.size() || !waiting.isEmpty()) {
				while (next < items.size() && waiting.size() < 2 * threads) {
					T item = items.get(next++);
					waiting.add(pool.submit(() -> work.apply(item)));
				}
				done.accept(result(waiting.removeFirst()));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static <R> R result(Future<R> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
