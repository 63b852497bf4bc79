package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.report.dsl.ide.server.ReportServerLauncher;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the language server's message handling (issue 14, Fuzzing): any bytes on its input
 * (Content-Length framed JSON-RPC, broken or not) are read to the end without the server stopping
 * with an error, as `reportdsl lsp` runs it ({@link ReportServerLauncher}). Seeds: a small corpus of
 * framed sessions in src/test/resources/org/report/dsl/cli/LspFuzzTestInputs/serverReadsAnyBytes.
 */
class LspFuzzTest {

	@BeforeAll
	static void quietLog() {
		LspLog.install(new PrintStream(OutputStream.nullOutputStream(), true));
	}

	@FuzzTest
	void serverReadsAnyBytes(byte[] data) {
		if (mayAskToExit(data)) {
			return; // Xtext's server answers the exit notification with System.exit, which ends the test JVM
		}
		FuzzLimits.within2s("language server", () -> {
			try {
				ReportServerLauncher.launch(new ByteArrayInputStream(data), OutputStream.nullOutputStream()).get(10,
						TimeUnit.SECONDS);
			} catch (ExecutionException e) {
				fail("the server stopped: " + e.getCause());
			} catch (TimeoutException e) {
				fail("the server did not finish reading its input in 10 s");
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/** Whether the bytes could name the method exit (literally, or with JSON escapes). */
	static boolean mayAskToExit(byte[] data) {
		String text = new String(data, StandardCharsets.ISO_8859_1);
		return text.contains("exit") || text.contains("\\u");
	}
}
