package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.daemon.DaemonClient;
import org.report.dsl.cli.daemon.DaemonClient.Reply;
import org.report.dsl.cli.daemon.DaemonServer;
import org.report.dsl.cli.daemon.Identity;
import org.report.dsl.cli.daemon.Request;

/**
 * The background process (reportdsl daemon) on a real Unix socket: a command it runs gives a client
 * exactly what the command gives in a process of its own; what it must not run it refuses; bad bytes,
 * departing clients, idleness, a rebuilt program and a removed socket are each answered as documented.
 * (The launcher's Perl client over it: releng/scripts/daemon-test.sh.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DaemonCommandTest {

	@TempDir
	Path dir;

	private final String here = Path.of("").toAbsolutePath().toString();
	private final ByteArrayOutputStream log = new ByteArrayOutputStream();
	private final List<CompletableFuture<Integer>> servers = new ArrayList<>();
	/** Threads of their own for servers and clients (the common pool may have a single thread). */
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopServers() throws Exception {
		for (Path s : sockets()) {
			try {
				DaemonClient.ask(s, new Request(Request.Kind.STOP, "", 0, List.of()));
			} catch (IOException e) {
				// already stopped
			}
		}
		for (CompletableFuture<Integer> s : servers) {
			s.get(30, TimeUnit.SECONDS);
		}
		threads.shutdownNow();
	}

	private List<Path> sockets() throws IOException {
		try (var files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".sock")).toList();
		}
	}

	/** A server for this folder on its own thread, running commands as the daemon command does. */
	private Path serve(String name, Identity identity, Duration idle, DaemonServer.Handler handler) throws Exception {
		Path socket = dir.resolve(name + ".sock");
		DaemonServer server = new DaemonServer(socket, idle, identity, handler,
				new PrintStream(log, true, StandardCharsets.UTF_8));
		servers.add(CompletableFuture.supplyAsync(server::serve, threads));
		for (int i = 0; i < 500 && !Files.exists(socket); i++) {
			Thread.sleep(10);
		}
		assertTrue(Files.exists(socket), "the server made its socket");
		return socket;
	}

	private Path serve() throws Exception {
		return serve("d", new Identity(Path.of(here), null, ""), Duration.ofMinutes(5), DaemonCommand::runForClient);
	}

	private Reply run(Path socket, String... args) throws IOException {
		return DaemonClient.ask(socket, new Request(Request.Kind.RUN, here, 0, List.of(args)));
	}

	private static void assertSameAsAlone(Reply reply, String... args) {
		CliRun alone = CliRun.of(args);
		String command = String.join(" ", args);
		assertNull(reply.refusal(), command);
		assertEquals(alone.out(), reply.outText(), command);
		assertEquals(alone.err(), reply.errText(), command);
		assertEquals(alone.exit(), reply.exit(), command);
	}

	@Test
	void aCommandGivesTheClientWhatItGivesInAProcessOfItsOwn() throws Exception {
		Path socket = serve();
		TestFiles.write(dir, "bad/a.report", Reports.WRONG_TOTAL);
		TestFiles.write(dir, "good/b.report", Reports.CLEAN);
		List<String[]> commands = List.of(
				new String[] { "validate", dir.resolve("good").toString() },
				new String[] { "validate", dir.resolve("bad").toString(), dir.resolve("good").toString() },
				new String[] { "validate", "--format", "json", dir.resolve("bad").toString() },
				new String[] { "render", "--format", "text", dir.resolve("good/b.report").toString() },
				new String[] { "render", "--format", "html", dir.resolve("good/b.report").toString() },
				new String[] { "validate", dir.resolve("missing.report").toString() },
				new String[] { "validate", "--bogus" },
				new String[] { "rendre", "x.report" },
				new String[] { "--version" },
				new String[] { "render", "--help" });
		for (String[] c : commands) {
			assertSameAsAlone(run(socket, c), c);
		}
	}

	@Test
	void documentsWrittenByTheServerAreThoseWrittenAlone() throws Exception {
		Path socket = serve();
		Path source = TestFiles.write(dir, "in/c.report", Reports.CLEAN);
		String[] served = { "render", "--format", "text,html,json", "-o", dir.resolve("served").toString(), source.toString() };
		String[] alone = { "render", "--format", "text,html,json", "-o", dir.resolve("alone").toString(), source.toString() };
		Reply reply = run(socket, served);
		CliRun own = CliRun.of(alone);
		assertEquals(own.exit(), reply.exit());
		for (String name : List.of("c.txt", "c.html", "c.json")) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("alone").resolve(name)),
					Files.readAllBytes(dir.resolve("served").resolve(name)), name);
		}
	}

	@Test
	void clientsAtOnceEachGetTheirOwnOutput() throws Exception {
		Path socket = serve();
		List<String[]> commands = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Path f = TestFiles.write(dir, "r" + i + ".report", i % 2 == 0 ? Reports.CLEAN : Reports.WRONG_TOTAL);
			commands.add(new String[] { i % 3 == 0 ? "validate" : "render", f.toString() });
		}
		List<CompletableFuture<Reply>> replies = commands.stream().map(c -> CompletableFuture.supplyAsync(() -> {
			try {
				return run(socket, c);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}, threads)).toList();
		for (int i = 0; i < commands.size(); i++) {
			assertSameAsAlone(replies.get(i).get(60, TimeUnit.SECONDS), commands.get(i));
		}
	}

	@Test
	void whatItMustNotRunItRefusesOrAnswersWithAnError() throws Exception {
		Path socket = serve();
		Reply elsewhere = DaemonClient.ask(socket, new Request(Request.Kind.RUN, "/somewhere/else", 0, List.of("--version")));
		assertTrue(elsewhere.refusal().startsWith("directory: "), elsewhere.refusal());
		for (String nested : List.of("daemon", "lsp")) {
			Reply reply = run(socket, nested, "--status");
			assertEquals(ExitCodes.USAGE_OR_IO, reply.exit());
			assertEquals("reportdsl: " + nested + " 不由后台进程运行\n", reply.errText());
		}
	}

	@Test
	void bytesThatAreNotARequestAreRefusedAndTheServerGoesOn() throws Exception {
		Path socket = serve();
		byte[] good = new Request(Request.Kind.STATUS, here, 0, List.of()).bytes();
		byte[] otherVersion = good.clone();
		otherVersion[7] = 9;
		byte[] hugeString = ByteBuffer.allocate(16).put("RDSL".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(0)
				.putInt(Integer.MAX_VALUE).array();
		assertEquals("protocol: 不是 reportdsl 客户端的请求", refusalOf(socket, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
		assertEquals("protocol: 客户端的协议版本 9 与后台进程的 1 不同", refusalOf(socket, otherVersion));
		assertEquals("protocol: 字符串长度 2147483647 超出范围", refusalOf(socket, hugeString));
		assertEquals("protocol: 请求不完整", refusalOf(socket, Arrays.copyOf(good, 10)));
		Reply status = DaemonClient.ask(socket, new Request(Request.Kind.STATUS, here, 0, List.of()));
		assertEquals(0, status.exit());
		assertTrue(status.outText().contains("工作目录 " + here), status.outText());
	}

	/** Sends raw bytes, closes its sending side, and reads the refusal frame. */
	private static String refusalOf(Path socket, byte[] bytes) throws IOException {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			channel.write(ByteBuffer.wrap(bytes));
			channel.shutdownOutput();
			ByteBuffer reply = ByteBuffer.allocate(4096);
			while (channel.read(reply) >= 0) {
				// to the end
			}
			reply.flip();
			assertEquals('r', reply.get());
			byte[] text = new byte[reply.getInt()];
			reply.get(text);
			return new String(text, StandardCharsets.UTF_8);
		}
	}

	@Test
	void aClientThatLeavesHasItsCommandInterruptedAndTheNextIsServed() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch interrupted = new CountDownLatch(1);
		Path socket = serve("slow", new Identity(Path.of(here), null, ""), Duration.ofMinutes(5), (request, out, err) -> {
			if (request.arguments().contains("slow")) {
				started.countDown();
				try {
					Thread.sleep(60_000);
				} catch (InterruptedException e) {
					interrupted.countDown();
				}
				return 1;
			}
			out.print("fast");
			return 0;
		});
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			channel.write(ByteBuffer.wrap(new Request(Request.Kind.RUN, here, 0, List.of("slow")).bytes()));
			assertTrue(started.await(10, TimeUnit.SECONDS));
		}
		assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the command of a client that left is interrupted");
		Reply next = run(socket, "fast");
		assertEquals("fast", next.outText());
		assertEquals(0, next.exit());
	}

	@Test
	void itStopsWhenIdleAndRemovesItsSocket() throws Exception {
		Path socket = serve("idle", new Identity(Path.of(here), null, ""), Duration.ofMillis(300), (r, out, err) -> 0);
		assertEquals(0, servers.get(0).get(20, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket));
		assertTrue(log.toString(StandardCharsets.UTF_8).contains("后台进程停止：空闲超过"), log.toString(StandardCharsets.UTF_8));
	}

	@Test
	void itStopsWhenItsSocketIsRemoved() throws Exception {
		Path socket = serve("removed", new Identity(Path.of(here), null, ""), Duration.ofMinutes(5), (r, out, err) -> 0);
		Files.delete(socket);
		assertEquals(0, servers.get(0).get(20, TimeUnit.SECONDS));
		assertTrue(log.toString(StandardCharsets.UTF_8).contains("套接字文件已被删除或替换"));
	}

	@Test
	void aRebuiltProgramIsRefusedAndTheServerStops() throws Exception {
		Path jar = TestFiles.write(dir, "program.jar", "version 1");
		Path socket = serve("rebuilt", new Identity(Path.of(here), jar, Identity.version(jar)), Duration.ofMinutes(5),
				(r, out, err) -> 0);
		assertEquals(0, run(socket, "--version").exit());
		Files.writeString(jar, "version 2, longer");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		Reply reply = run(socket, "--version");
		assertEquals("stale: 程序已更新", reply.refusal());
		assertEquals(0, servers.get(0).get(20, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket));
	}

	@Test
	void aSecondServerOnTheSameSocketLeavesItToTheFirst() throws Exception {
		Path socket = serve();
		DaemonServer second = new DaemonServer(socket, Duration.ofMinutes(5), new Identity(Path.of(here), null, ""),
				(r, out, err) -> 0, new PrintStream(log, true, StandardCharsets.UTF_8));
		assertEquals(0, second.serve());
		assertTrue(log.toString(StandardCharsets.UTF_8).contains("另一个后台进程已在使用"));
		assertEquals(0, run(socket, "--version").exit(), "the first one still serves");
	}

	@Test
	void statusListsTheServersAndStopStopsThem() throws Exception {
		serve();
		serve("second", new Identity(Path.of(here), null, ""), Duration.ofMinutes(5), (r, out, err) -> 0);
		CliRun status = CliRun.of("daemon", "--status", "--dir", dir.toString());
		assertEquals(0, status.exit(), status.err());
		assertEquals(3, status.out().lines().count(), status.out());
		assertTrue(status.out().endsWith("共 2 个后台进程\n"), status.out());
		CliRun stop = CliRun.of("daemon", "--stop", "--dir", dir.toString());
		assertEquals("已停止 2 个后台进程\n", stop.out());
		for (CompletableFuture<Integer> s : servers) {
			assertEquals(0, s.get(20, TimeUnit.SECONDS));
		}
		assertEquals("没有正在运行的后台进程\n", CliRun.of("daemon", "--status", "--dir", dir.toString()).out());
	}

	@Test
	void withoutWhatToDoTheCommandSaysSo() {
		CliRun run = CliRun.of("daemon");
		assertEquals(ExitCodes.USAGE_OR_IO, run.exit());
		assertEquals("reportdsl daemon: 需要 --status、--stop 或 --socket（后台进程由 reportdsl 启动脚本自动启动）\n", run.err());
	}
}
