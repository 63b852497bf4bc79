package org.report.dsl.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.report.dsl.ide.server.ReportServerLauncher;

import picocli.CommandLine.Command;

/**
 * {@code reportdsl lsp}: the language server on standard input/output, for editors (the VS Code
 * extension starts it). Standard output carries the protocol only: anything else printed goes to
 * standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, description = {
		"在标准输入/输出上启动语言服务器（LSP），供编辑器使用。" })
final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		InputStream in = System.in;
		OutputStream out = System.out;
		PrintStream protocolGuard = System.err;
		System.setOut(protocolGuard); // a stray println must not corrupt the protocol
		try {
			ReportServerLauncher.launch(in, out).get();
			return ExitCodes.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCodes.OK;
		} catch (ExecutionException e) {
			System.err.println("reportdsl lsp: " + e.getCause());
			return ExitCodes.USAGE_OR_IO;
		} finally {
			System.setOut(out instanceof PrintStream p ? p : new PrintStream(out, true));
		}
	}
}
