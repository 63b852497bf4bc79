package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A client that closes its end (even half) before the command ends — Ctrl-C, a killed client — has the
 * command interrupted. Once the command has ended it is not, so that its exit code is still sent.
 */
final class Departure {
	private final Thread command;
	private boolean ended;
	private Thread watcher;

	Departure(Thread command) {
		this.command = command;
	}

	void watch(SocketChannel client) {
		watcher = new Thread(() -> {
			ByteBuffer ignored = ByteBuffer.allocate(256);
			try {
				while (client.read(ignored) >= 0) {
					ignored.clear();
				}
			} catch (IOException e) {
				// closed: by the command's end or by the client
			}
			synchronized (this) {
				if (!ended) {
					command.interrupt();
				}
			}
		}, "reportdsl-daemon-watch");
		watcher.setDaemon(true);
		watcher.start();
	}

	/** Waits (at most that long) until the client has closed its side, every byte it sent read. */
	void awaitClientEnd(Duration limit) throws InterruptedException {
		watcher.join(limit.toMillis());
	}

	/** No interrupt after this; one that came late is cleared. */
	synchronized void commandEnded() {
		ended = true;
		Thread.interrupted();
	}
}
