package org.report.dsl.cli;

import java.util.function.Supplier;

/**
 * Whether the user watches standard error on a terminal (终端), where a long batch shows its progress:
 * the process's own console, or, for a command run by the background process ({@code reportdsl daemon}),
 * what its client said of its own standard error.
 */
final class Terminal {

	/** The client's answer while the background process runs its command (its batch threads inherit it). */
	private static final InheritableThreadLocal<Boolean> CLIENT = new InheritableThreadLocal<>();

	private Terminal() {
	}

	/** Whether standard error is a terminal. */
	static boolean standardError() {
		Boolean client = CLIENT.get();
		return client != null ? client : System.console() != null;
	}

	/** Runs a command for a client whose standard error is (or is not) a terminal. */
	static <T> T forClient(boolean standardErrorIsTerminal, Supplier<T> command) {
		Boolean before = CLIENT.get();
		CLIENT.set(standardErrorIsTerminal);
		try {
			return command.get();
		} finally {
			CLIENT.set(before);
		}
	}
}
