package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A client that closes its end (even half) before the command ends — Ctrl-C, a killed client — has the
 * command interrupted. Once the command has ended it is not, so that its exit code is still sent.
 */
final class Departure {
	private final Thread command;
	private boolean ended;

	Departure(Thread command) {
		this.command = command;
	}

	void watch(SocketChannel client) {
		Thread watcher = new Thread(() -> {
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

	/** No interrupt after this; one that came late is cleared. */
	synchronized void commandEnded() {
		ended = true;
		Thread.interrupted();
	}
}
