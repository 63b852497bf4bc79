package org.report.dsl.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.report.dsl.ide.server.ReportServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportdsl lsp}: the language server on standard input/output, for editors (the VS Code
 * extension starts it). Standard output carries the protocol only: anything else printed goes to
 * standard error.
 */
@Command(name = LspCommand.NAME, mixinStandardHelpOptions = true, description = {
		"在标准输入/输出上启动语言服务器（LSP），供编辑器使用。" })
final class LspCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "lsp";

	@Spec
	CommandSpec spec;

	/** What vscode-languageclient appends for the stdio transport: the only one there is. */
	@Option(names = "--stdio", description = "经由标准输入/输出通信（默认，也是唯一支持的方式）。")
	boolean stdio;

	@Option(names = "--clientProcessId", paramLabel = "PID", description = "编辑器进程号（接受但不使用）。")
	Long clientProcessId;

	@Option(names = "--node-ipc", hidden = true)
	boolean nodeIpc;

	@Option(names = "--socket", hidden = true, paramLabel = "PORT")
	String socket;

	@Option(names = "--pipe", hidden = true, paramLabel = "NAME")
	String pipe;

	@Override
	public Integer call() {
		String other = nodeIpc ? "--node-ipc" : socket != null ? "--socket" : pipe != null ? "--pipe" : null;
		if (other != null) {
			spec.commandLine().getErr().println("reportdsl lsp: 不支持 " + other + "；语言服务器只经由标准输入/输出（--stdio）通信");
			spec.commandLine().getErr().flush();
			return ExitCodes.USAGE_OR_IO;
		}
		InputStream in = System.in;
		OutputStream out = System.out;
		PrintStream protocolGuard = System.err;
		System.setOut(protocolGuard); // a stray println must not corrupt the protocol
		LspLog.install(protocolGuard);
		try {
			ReportServerLauncher.launch(in, out).get();
			return ExitCodes.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCodes.OK;
		} catch (ExecutionException e) {
			String reason = e.getCause() == null ? null : e.getCause().getMessage();
			System.err.println("reportdsl lsp: 语言服务器意外停止" + (reason == null ? "" : "：" + reason.lines().findFirst().orElse("")));
			return ExitCodes.USAGE_OR_IO;
		} finally {
			System.setOut(out instanceof PrintStream p ? p : new PrintStream(out, true));
		}
	}
}
