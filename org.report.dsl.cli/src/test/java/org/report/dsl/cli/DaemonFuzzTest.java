package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.report.dsl.cli.daemon.DaemonClient;
import org.report.dsl.cli.daemon.DaemonServer;
import org.report.dsl.cli.daemon.Identity;
import org.report.dsl.cli.daemon.Request;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the background process's protocol (docs/daemon.md): any bytes a client sends (then closing
 * its sending side, unless they are a request to run a command, which that would cancel) get an answer
 * of well-formed frames ending in an exit code or a refusal, and the server goes on serving. Commands are
 * not run (the handler echoes its arguments: random command lines would write files). Seeds in
 * src/test/resources/org/report/dsl/cli/DaemonFuzzTestInputs/serverAnswersAnyBytes.
 */
class DaemonFuzzTest {

	private static Path folder;
	private static Path socket;
	private static CompletableFuture<Integer> server;

	@BeforeAll
	static void startServer() throws Exception {
		folder = Files.createTempDirectory("reportdsl-daemon-fuzz");
		socket = folder.resolve("f.sock");
		DaemonServer s = new DaemonServer(socket, Duration.ofHours(1), new Identity(Path.of("/fuzz"), null, ""),
				(request, out, err) -> {
					out.print(String.join(" ", request.arguments()));
					return request.arguments().size() % 3;
				}, new PrintStream(OutputStream.nullOutputStream(), true));
		server = CompletableFuture.supplyAsync(s::serve, r -> new Thread(r, "fuzzed-server").start());
		for (int i = 0; i < 500 && !Files.exists(socket); i++) {
			Thread.sleep(10);
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		DaemonClient.ask(socket, new Request(Request.Kind.STOP, "", 0, List.of()));
		assertEquals(0, server.get(30, TimeUnit.SECONDS));
		Files.deleteIfExists(folder.resolve("f.sock.lock"));
		Files.deleteIfExists(folder);
	}

	@FuzzTest
	void serverAnswersAnyBytes(byte[] data) {
		if (asksToStop(data)) {
			return; // a well-formed stop request would stop the server for the inputs after it
		}
		FuzzLimits.within2s("background process", () -> {
			try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
				channel.connect(UnixDomainSocketAddress.of(socket));
				ByteBuffer sent = ByteBuffer.wrap(data);
				while (sent.hasRemaining()) {
					channel.write(sent);
				}
				if (!isRunRequest(data)) {
					channel.shutdownOutput(); // the end of what it sends (closing it would cancel a command)
				}
				ByteBuffer reply = ByteBuffer.allocate(1 << 22);
				while (channel.read(reply) >= 0) {
					assertTrue(reply.hasRemaining(), "a reply larger than 4 MB");
				}
				assertWellFormed(reply.flip());
			} catch (IOException e) {
				fail("the server did not answer: " + e);
			}
		});
	}

	/** Frames of known types, whole, the last (and only the last) an exit code or a refusal. */
	private static void assertWellFormed(ByteBuffer reply) {
		assertTrue(reply.hasRemaining(), "no answer at all");
		while (reply.hasRemaining()) {
			assertTrue(reply.remaining() >= 5, "a frame cut short");
			byte type = reply.get();
			int length = reply.getInt();
			assertTrue(length >= 0 && length <= reply.remaining(), "a frame longer than the answer");
			reply.position(reply.position() + length);
			boolean last = type == 'x' || type == 'r';
			assertTrue(last || type == 'o' || type == 'e', "a frame of unknown type " + type);
			assertEquals(last, !reply.hasRemaining(), "the exit code or refusal is the last frame");
			if (type == 'x') {
				assertEquals(4, length, "an exit code is 4 bytes");
			}
		}
	}

	/** Whether the bytes begin with a whole request to run a command. */
	private static boolean isRunRequest(byte[] data) {
		try {
			return Request.read(new ByteArrayInputStream(data)).kind() == Request.Kind.RUN;
		} catch (IOException e) {
			return false;
		}
	}

	static boolean asksToStop(byte[] data) {
		return data.length >= 12 && ByteBuffer.wrap(data).getInt(0) == 0x5244534C && ByteBuffer.wrap(data).getInt(8) == 1;
	}
}
