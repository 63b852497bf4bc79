package org.report.dsl.maven;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.maven.plugin.logging.Log;
import org.report.dsl.cli.ExitCodes;
import org.report.dsl.cli.Main;

/**
 * One run of the {@code reportdsl} command line inside Maven: the same code as {@code java -jar
 * reportdsl.jar ARGS} ({@link Main#run}), its lines relayed to the build log (findings as errors and
 * warnings, so that {@code PATH:LINE:COL: error: …} stands in the log as the command prints it).
 */
record CommandLineRun(int exitCode, String out, String err) {

	/** Runs the command line with these arguments and relays what it printed to the log. */
	static CommandLineRun of(List<String> args, Log log) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// Xtext and the service loaders of the renderers look for resources of the plugin's own jar.
		thread.setContextClassLoader(CommandLineRun.class.getClassLoader());
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = Main.run(args.toArray(String[]::new), o, e);
		} finally {
			thread.setContextClassLoader(before);
		}
		CommandLineRun run = new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
		run.relay(log);
		return run;
	}

	/** Each printed line at the level it means; a progress line rewritten in place keeps its last state. */
	private void relay(Log log) {
		for (String text : List.of(out, err)) {
			text.lines().forEach(raw -> {
				String line = raw.substring(raw.lastIndexOf('\r') + 1);
				if (line.isBlank()) {
					return;
				}
				if (line.contains(": error: ")) {
					log.error(line);
				} else if (line.contains(": warning: ")) {
					log.warn(line);
				} else if (exitCode == ExitCodes.USAGE_OR_IO && text == err) {
					log.error(line);
				} else {
					log.info(line);
				}
			});
		}
	}
}
