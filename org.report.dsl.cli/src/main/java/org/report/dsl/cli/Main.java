package org.report.dsl.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reportdsl}: check and publish 政府信息公开工作年度报告 written in ReportDSL. */
@Command(name = "reportdsl", mixinStandardHelpOptions = true, version = "reportdsl 1.0.0", resourceBundle = UsageErrors.BUNDLE,
		description = "政府信息公开工作年度报告：检查与发布（ReportDSL）")
public final class Main implements Runnable {

	/**
	 * A subcommand: its name (the class's own constant, which its {@code @Command} names too: read here without
	 * reflection, which would cost a one-shot run 15 ms before anything else starts), its class, and whether
	 * its first work is to check reports, its own or (the daemon) its clients' (the language is then set up while
	 * its options are read).
	 */
	record Subcommand(String name, Class<?> type, boolean checksReports) {
	}

	/** The subcommands, in the order the help lists them. */
	static final List<Subcommand> SUBCOMMANDS = List.of(new Subcommand(ValidateCommand.NAME, ValidateCommand.class, true),
			new Subcommand(RenderCommand.NAME, RenderCommand.class, true),
			new Subcommand(ImportCommand.NAME, ImportCommand.class, false),
			new Subcommand(SynthCommand.NAME, SynthCommand.class, false),
			new Subcommand(LspCommand.NAME, LspCommand.class, false),
			new Subcommand(CompareCommand.NAME, CompareCommand.class, true),
			new Subcommand(AggregateCommand.NAME, AggregateCommand.class, true),
			new Subcommand(DaemonCommand.NAME, DaemonCommand.class, true));

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令，例如：reportdsl validate examples/");
	}

	public static void main(String[] args) {
		List<Subcommand> subcommands = subcommands(args);
		if (subcommands.size() == 1 && subcommands.get(0).checksReports()) {
			Languages.prepareInBackground();
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/**
	 * The subcommands to register: only the one named first on the command line (picocli reads the options
	 * of each class it registers, a tenth of a one-shot run's start for all seven), or all of them when the
	 * first word names none (help, a mistyped command: the message lists them all).
	 */
	static List<Subcommand> subcommands(String[] args) {
		if (args.length > 0) {
			for (Subcommand c : SUBCOMMANDS) {
				if (c.name().equals(args[0])) {
					return List.of(c);
				}
			}
		}
		return SUBCOMMANDS;
	}

	/** Runs the command line; never throws, never prints a stack trace. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine cli = new CommandLine(new Main());
		subcommands(args).forEach(c -> cli.addSubcommand(c.type()));
		Terminal.clientColour().ifPresent(colour -> cli.setColorScheme(
				CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF)));
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO);
		cli.setParameterExceptionHandler((e, a) -> {
			err.println("reportdsl: " + UsageErrors.describe(e));
			err.println("用法见：" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
			return ExitCodes.USAGE_OR_IO;
		});
		cli.setExecutionExceptionHandler((e, c, p) -> {
			err.println("reportdsl: 内部错误：" + e);
			return ExitCodes.USAGE_OR_IO;
		});
		try {
			return cli.execute(args);
		} catch (RuntimeException | Error e) {
			err.println("reportdsl: 内部错误：" + e);
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
