package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a fuzz test checks beyond "no uncaught exception" (issue 14): no input takes more than 2 s (of
 * the fuzzing thread's CPU time).
 * The time is checked only while fuzzing (JAZZER_FUZZ set), after the first calls of the JVM, never in
 * the regression run of the seeds,
 * where a busy build machine would make it fail by chance. Memory is bounded by the fuzzing JVM's
 * heap (-Xmx512m in the documented command, docs/fuzzing.md): more is an OutOfMemoryError, a finding.
 */
final class FuzzLimits {

	static final long MAX_NANOS = 2_000_000_000L;

	private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
			&& !System.getenv("JAZZER_FUZZ").isEmpty() && !"0".equals(System.getenv("JAZZER_FUZZ"));

	private FuzzLimits() {
	}

	/** Calls not timed: the first of a JVM load classes, create the injector and run cold code. */
	private static final int WARM_UP_CALLS = 25;

	private static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * The fuzzing thread's CPU time: what an input costs, whatever else the machine does meanwhile (a
	 * busy build machine, or a fuzzing process paused and resumed, would make wall-clock time report
	 * inputs that are not slow).
	 */
	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
			.getThreadMXBean();

	private static long now() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
	}

	/** Runs the work; while fuzzing, an input that takes more than 2 s of CPU time is a finding. */
	static void within2s(String what, Runnable work) {
		long start = now();
		work.run();
		long took = now() - start;
		if (FUZZING && CALLS.incrementAndGet() > WARM_UP_CALLS && took > MAX_NANOS) {
			fail(what + " took " + took / 1_000_000 + " ms of CPU time (limit 2000 ms)");
		}
	}
}
