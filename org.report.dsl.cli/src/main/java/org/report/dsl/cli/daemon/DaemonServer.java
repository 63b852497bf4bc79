package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background process's server (后台进程): runs the command lines its clients send, on a Unix socket in a
 * folder only its user can enter, one thread per connection, at most as many commands at once as there are
 * processors. It stops when asked, after {@code idle} without a command, when its program is rebuilt or
 * removed, or when its socket file is removed or taken over; commands under way are finished first. A
 * client that goes away has its command interrupted. Bytes that are not a request are answered with a
 * refusal and logged; nothing a client sends stops the server.
 */
public final class DaemonServer {

	/** Runs one command line for a client: output to {@code out} and {@code err}, the exit code returned. */
	public interface Handler {
		int run(Request request, PrintStream out, PrintStream err);
	}

	/** How long a client may take to send its request once connected. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final Path socket;
	private final Duration idle;
	private final Identity identity;
	private final Handler handler;
	private final PrintStream log;
	private final long started = System.currentTimeMillis();
	private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
	private final Set<Thread> connections = ConcurrentHashMap.newKeySet();
	private final AtomicInteger active = new AtomicInteger();
	private final AtomicInteger served = new AtomicInteger();
	private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "reportdsl-daemon-timer");
		t.setDaemon(true);
		return t;
	});
	private volatile ServerSocketChannel server;
	private volatile Object socketKey;

	public DaemonServer(Path socket, Duration idle, Identity identity, Handler handler, PrintStream log) {
		this.socket = socket;
		this.idle = idle;
		this.identity = identity;
		this.handler = handler;
		this.log = log;
	}

	/**
	 * Serves until stopped. Returns 0 when it stopped (or found another process serving this socket), 2 when
	 * the socket could not be made.
	 */
	public int serve() {
		Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
		try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = tryLock(lockChannel)) {
			if (lock == null) {
				log.println("另一个后台进程已在使用 " + socket);
				return 0;
			}
			Files.deleteIfExists(socket);
			server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			server.bind(UnixDomainSocketAddress.of(socket));
			socketKey = fileKey(socket);
			log.println("后台进程 " + ProcessHandle.current().pid() + " 开始服务：" + socket + "（工作目录 "
					+ identity.workingDirectory() + "）");
			long tick = Math.max(50, Math.min(idle.toMillis() / 4, 5_000));
			timer.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.MILLISECONDS);
			acceptUntilStopped();
			for (Thread t : connections) {
				t.join();
			}
			if (Objects.equals(socketKey, fileKey(socket))) {
				Files.deleteIfExists(socket);
			}
			log.println("后台进程已停止（共处理 " + served.get() + " 个命令）");
			return 0;
		} catch (IOException | SecurityException e) {
			log.println("后台进程无法使用 " + socket + "：" + e);
			return 2;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		} finally {
			timer.shutdownNow();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // held by another server in this process
		}
	}

	private void acceptUntilStopped() {
		while (true) {
			SocketChannel client;
			try {
				client = server.accept();
			} catch (ClosedChannelException e) {
				return; // stopped
			} catch (IOException e) {
				log.println("无法接受连接：" + e);
				stop("无法接受连接");
				return;
			}
			active.incrementAndGet();
			lastActive.set(System.nanoTime());
			Thread t = new Thread(() -> {
				try {
					handle(client);
				} finally {
					lastActive.set(System.nanoTime());
					active.decrementAndGet();
					connections.remove(Thread.currentThread());
				}
			}, "reportdsl-daemon-client");
			connections.add(t);
			t.start();
		}
	}

	/** Stops accepting commands; those under way finish. */
	public void stop(String reason) {
		ServerSocketChannel s = server;
		if (s != null && s.isOpen()) {
			log.println("后台进程停止：" + reason);
			try {
				s.close();
			} catch (IOException e) {
				// closing anyway
			}
		}
	}

	private void check() {
		if (identity.programChanged()) {
			stop("程序已更新或已删除");
		} else if (!Objects.equals(socketKey, fileKey(socket))) {
			stop("套接字文件已被删除或替换");
		} else if (active.get() == 0 && System.nanoTime() - lastActive.get() > idle.toNanos()) {
			stop("空闲超过 " + idle.toMinutes() + " 分钟");
		}
	}

	private static Object fileKey(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
		} catch (IOException | SecurityException e) {
			return null;
		}
	}

	private void handle(SocketChannel client) {
		try (client) {
			Replies replies = new Replies(client);
			// until its command starts, a client has REQUEST_TIMEOUT to send its request and to leave
			ScheduledFuture<?> timeout = timer.schedule(() -> close(client), REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			try {
				Request request;
				try {
					request = Request.read(new ChannelInput(client));
				} catch (ProtocolException e) {
					log.println("拒绝了一个请求：" + e.getMessage());
					replies.refused("protocol: " + e.getMessage());
					drain(client);
					return;
				}
				String refusal = request.kind() == Request.Kind.RUN ? identity.refusal(request) : null;
				if (refusal != null) {
					replies.refused(refusal);
					if (identity.programChanged()) {
						stop("程序已更新或已删除");
					}
				} else if (request.kind() == Request.Kind.RUN) {
					timeout.cancel(false);
					run(request, client, replies);
					return;
				} else if (request.kind() == Request.Kind.STATUS) {
					replies.stream(Replies.OUT).println(status());
					replies.exit(0);
				} else {
					replies.exit(0);
					stop("客户端要求停止");
				}
				drain(client);
			} finally {
				timeout.cancel(false);
			}
		} catch (IOException e) {
			// the client went away: nothing to answer
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(Request request, SocketChannel client, Replies replies) throws IOException, InterruptedException {
		Departure departure = new Departure(Thread.currentThread());
		int code;
		running.acquire();
		try {
			departure.watch(client);
			PrintStream out = replies.stream(Replies.OUT);
			PrintStream err = replies.stream(Replies.ERR);
			try {
				code = handler.run(request, out, err);
			} catch (RuntimeException | Error e) {
				err.println("reportdsl: 内部错误：" + e);
				code = 2;
			}
			departure.commandEnded();
			out.flush();
			err.flush();
			served.incrementAndGet();
		} finally {
			running.release();
		}
		replies.exit(code);
		// the answer ended; what the client still sends is read until it closes (else the socket is reset)
		client.shutdownOutput();
		departure.awaitClientEnd(REQUEST_TIMEOUT);
	}

	private String status() {
		long minutes = (System.currentTimeMillis() - started) / 60_000;
		return "进程 " + ProcessHandle.current().pid() + "　工作目录 " + identity.workingDirectory() + "　已运行 " + minutes
				+ " 分钟　已处理 " + served.get() + " 个命令　空闲 " + idle.toMinutes() + " 分钟后退出";
	}

	/**
	 * Ends the answer (the client reads the end of it) and reads what the client still sends, up to a
	 * megabyte, until it closes its side or the request's time is up: closed with bytes unread, the socket
	 * would be reset before the client read the answer.
	 */
	private static void drain(SocketChannel client) throws IOException {
		client.shutdownOutput();
		ByteBuffer ignored = ByteBuffer.allocate(8192);
		for (int total = 0; total < 1 << 20; total += ignored.position(), ignored.clear()) {
			if (client.read(ignored) < 0) {
				return;
			}
		}
	}

	private static void close(SocketChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// already closed
		}
	}
}
