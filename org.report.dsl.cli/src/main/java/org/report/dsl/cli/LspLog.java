package org.report.dsl.cli;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * The language server's log on standard error: one line per entry, never a stack trace, for both
 * loggers the server uses (java.util.logging of lsp4j, log4j of Xtext).
 */
final class LspLog {

	private LspLog() {
	}

	static void install(PrintStream err) {
		java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		SimpleFormatter formatter = new SimpleFormatter();
		root.addHandler(new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (isLoggable(record)) {
					err.println(line(record.getLevel().getName(), formatter.formatMessage(record), record.getThrown()));
				}
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				err.flush();
			}
		});
		org.apache.log4j.Logger xtext = org.apache.log4j.Logger.getRootLogger();
		xtext.removeAllAppenders();
		xtext.addAppender(new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				ThrowableInformation thrown = event.getThrowableInformation();
				err.println(line(event.getLevel().toString(), event.getRenderedMessage(),
						thrown == null ? null : thrown.getThrowable()));
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
				err.flush();
			}
		});
	}

	/** 「reportdsl lsp: LEVEL message（innermost cause's message）」, each part cut to its first line. */
	static String line(String level, String message, Throwable thrown) {
		StringBuilder line = new StringBuilder("reportdsl lsp: ").append(level).append(' ').append(firstLine(message));
		if (thrown != null) {
			Throwable cause = thrown;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			if (cause.getMessage() != null) {
				line.append("（").append(firstLine(cause.getMessage())).append("）");
			}
		}
		return line.toString().strip();
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.strip().lines().findFirst().orElse("");
	}
}
