package org.report.dsl.cli;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the user's terminal (终端) shows: whether standard error is one (a long batch shows its progress
 * there) and whether help and usage are in colour — the process's own console, or, for a command run by
 * the background process ({@code reportdsl daemon}), what its client said of its own.
 */
final class Terminal {

	/** What the client said, while the background process runs its command (batch threads inherit it). */
	private record Client(boolean standardErrorTerminal, boolean colour) {
	}

	private static final InheritableThreadLocal<Client> CLIENT = new InheritableThreadLocal<>();

	private Terminal() {
	}

	/** Whether standard error is a terminal. */
	static boolean standardError() {
		Client client = CLIENT.get();
		return client != null ? client.standardErrorTerminal() : System.console() != null;
	}

	/** Colour for help and usage as the client chose it, or empty: picocli decides for this process. */
	static Optional<Boolean> clientColour() {
		Client client = CLIENT.get();
		return client == null ? Optional.empty() : Optional.of(client.colour());
	}

	/** Runs a command for a client with the terminal it has. */
	static <T> T forClient(boolean standardErrorTerminal, boolean colour, Supplier<T> command) {
		Client before = CLIENT.get();
		CLIENT.set(new Client(standardErrorTerminal, colour));
		try {
			return command.get();
		} finally {
			CLIENT.set(before);
		}
	}
}
