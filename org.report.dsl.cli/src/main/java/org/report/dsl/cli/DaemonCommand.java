package org.report.dsl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.report.dsl.cli.daemon.DaemonClient;
import org.report.dsl.cli.daemon.DaemonServer;
import org.report.dsl.cli.daemon.Identity;
import org.report.dsl.cli.daemon.Request;
import org.report.dsl.standalone.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportdsl daemon}: the background process (后台进程) that the launcher starts to run one-shot
 * commands without starting Java each time, one per working directory; and, for users, the list of those
 * running ({@code --status}) and a way to stop them ({@code --stop}).
 */
@Command(name = DaemonCommand.NAME, mixinStandardHelpOptions = true, description = {
		"后台进程：reportdsl 启动脚本自动启动它来运行单个命令（免去每次启动 Java 的时间），每个工作目录一个，",
		"空闲一段时间后自动退出；设置环境变量 REPORTDSL_DAEMON=0 则不使用。--status 列出正在运行的，--stop 全部停止。" })
final class DaemonCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "daemon";

	/** Where the launcher keeps the sockets (a folder only the user can enter), told through the environment. */
	static final String DIRECTORY_VARIABLE = "REPORTDSL_DAEMON_DIR";

	static final String SOCKET_SUFFIX = ".sock";

	@Spec
	private CommandSpec spec;

	@Option(names = "--socket", paramLabel = "FILE", description = "在这个 Unix 套接字上服务（由启动脚本给出）")
	private Path socket;

	@Option(names = "--idle-minutes", defaultValue = "30", paramLabel = "N", description = "空闲 N 分钟后退出（默认 30）")
	private int idleMinutes;

	@Option(names = "--status", description = "列出正在运行的后台进程")
	private boolean status;

	@Option(names = "--stop", description = "停止所有后台进程")
	private boolean stop;

	@Option(names = "--dir", paramLabel = "DIR", description = "后台进程的套接字目录（默认：启动脚本设置的 " + DIRECTORY_VARIABLE + "）")
	private Path directory;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (socket != null) {
			return serve();
		}
		if (!status && !stop) {
			err.println("reportdsl daemon: 需要 --status、--stop 或 --socket（后台进程由 reportdsl 启动脚本自动启动）");
			return ExitCodes.USAGE_OR_IO;
		}
		Path folder = directory != null ? directory
				: System.getenv(DIRECTORY_VARIABLE) == null ? null : Path.of(System.getenv(DIRECTORY_VARIABLE));
		if (folder == null) {
			err.println("reportdsl daemon: 不知道后台进程的目录：请用 reportdsl 启动脚本运行，或用 --dir 指定");
			return ExitCodes.USAGE_OR_IO;
		}
		List<Path> sockets;
		try (Stream<Path> files = Files.list(folder)) {
			sockets = files.filter(f -> f.getFileName().toString().endsWith(SOCKET_SUFFIX)).sorted().toList();
		} catch (NoSuchFileException e) {
			sockets = List.of();
		} catch (IOException | SecurityException e) {
			err.println("reportdsl daemon: 无法读取目录 " + folder + "：" + IoMessages.reading(e));
			return ExitCodes.USAGE_OR_IO;
		}
		Request.Kind kind = stop ? Request.Kind.STOP : Request.Kind.STATUS;
		int answered = 0;
		for (Path s : sockets) {
			try {
				DaemonClient.Reply reply = DaemonClient.ask(s, new Request(kind, "", 0, List.of()));
				answered++;
				out.print(reply.outText());
			} catch (IOException e) {
				// a socket left by a process that no longer runs
			}
		}
		out.println(stop ? "已停止 " + answered + " 个后台进程" : answered == 0 ? "没有正在运行的后台进程" : "共 " + answered + " 个后台进程");
		return ExitCodes.OK;
	}

	private int serve() {
		if (idleMinutes < 1) {
			spec.commandLine().getErr().println("reportdsl daemon: --idle-minutes 至少为 1");
			return ExitCodes.USAGE_OR_IO;
		}
		DaemonServer server = new DaemonServer(socket, Duration.ofMinutes(idleMinutes), Identity.ofThisProcess(),
				DaemonCommand::runForClient, System.err);
		return server.serve();
	}

	/** One command line of a client, as {@code reportdsl} would run it in its own process. */
	static int runForClient(Request request, PrintStream out, PrintStream err) {
		List<String> args = request.arguments();
		if (!args.isEmpty() && (args.get(0).equals(NAME) || args.get(0).equals(LspCommand.NAME))) {
			err.println("reportdsl: " + args.get(0) + " 不由后台进程运行");
			return ExitCodes.USAGE_OR_IO;
		}
		return Terminal.forClient(request.standardErrorTerminal(), request.colour(),
				() -> Main.run(args.toArray(String[]::new), out, err));
	}
}
