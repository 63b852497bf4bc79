package org.report.dsl.ui.model;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;

/**
 * The one background thread that reparses open reports after their debounce delay. A scheduled
 * executor runs a delayed task on time; the Eclipse job manager added 10–60 ms to the 30 ms delay
 * (measured in LatencyMeasurementTest), a third of the budget for refreshed annotations.
 */
final class Reparsing {

	private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "ReportDSL reparse");
		t.setDaemon(true);
		return t;
	});

	private Reparsing() {
	}

	static ScheduledFuture<?> schedule(Runnable reparse, long delayMs) {
		return THREAD.schedule(() -> {
			try {
				reparse.run();
			} catch (RuntimeException e) {
				ILog.of(Reparsing.class).error("Reparse failed", e);
			}
		}, delayMs, TimeUnit.MILLISECONDS);
	}
}
