package org.report.dsl.cli;

/** Runs the command line in-process, for tests in other packages. */
public final class CliRunner {

	public record Result(int exit, String out, String err) {
	}

	private CliRunner() {
	}

	public static Result run(String... args) {
		CliRun run = CliRun.of(args);
		return new Result(run.exit(), run.out(), run.err());
	}
}
