package org.report.dsl.cli;

import java.io.PrintWriter;

/**
 * Progress of a long batch on a terminal: nothing for short runs or when output is not a terminal
 * (build logs stay clean).
 */
final class Progress {

	private static final long QUIET_NANOS = 2_000_000_000L;
	private static final long EVERY_NANOS = 200_000_000L;

	private final PrintWriter err;
	private final int total;
	private final boolean terminal;
	private final long start = System.nanoTime();
	private long last;
	private boolean shown;

	Progress(PrintWriter err, int total) {
		this.err = err;
		this.total = total;
		this.terminal = Terminal.standardError() && total > 1;
	}

	void done(int count) {
		if (!terminal) {
			return;
		}
		long now = System.nanoTime();
		if (now - start > QUIET_NANOS && now - last > EVERY_NANOS) {
			last = now;
			shown = true;
			err.print("\r已处理 " + count + "/" + total);
			err.flush();
		}
	}

	void finish() {
		if (shown) {
			err.print("\r\033[K");
			err.flush();
		}
	}
}
