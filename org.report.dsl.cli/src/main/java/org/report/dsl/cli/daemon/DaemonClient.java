package org.report.dsl.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Asks a background process one request and collects its replies: what {@code reportdsl daemon --status}
 * and {@code --stop} use (the launcher's own client, for running commands, is the Perl script).
 */
public final class DaemonClient {

	/**
	 * What came back.
	 *
	 * @param out     standard output's bytes
	 * @param err     standard error's bytes
	 * @param exit    the exit code, or null when the command was not run
	 * @param refusal why it was not run, or null
	 */
	public record Reply(byte[] out, byte[] err, Integer exit, String refusal) {

		public String outText() {
			return new String(out, StandardCharsets.UTF_8);
		}

		public String errText() {
			return new String(err, StandardCharsets.UTF_8);
		}
	}

	private DaemonClient() {
	}

	/** Sends the request to the process serving the socket and reads its replies to the end. */
	public static Reply ask(Path socket, Request request) throws IOException {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			ByteBuffer bytes = ByteBuffer.wrap(request.bytes());
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			while (true) {
				int type;
				try {
					type = in.readUnsignedByte();
				} catch (EOFException e) {
					throw new IOException("后台进程没有回答就断开了连接");
				}
				byte[] payload = new byte[in.readInt()];
				in.readFully(payload);
				switch (type) {
					case Replies.OUT -> out.write(payload);
					case Replies.ERR -> err.write(payload);
					case Replies.EXIT -> {
						return new Reply(out.toByteArray(), err.toByteArray(), ByteBuffer.wrap(payload).getInt(), null);
					}
					case Replies.REFUSED -> {
						return new Reply(out.toByteArray(), err.toByteArray(), null, new String(payload, StandardCharsets.UTF_8));
					}
					default -> throw new IOException("后台进程的回答无法识别（类型 " + type + "）");
				}
			}
		}
	}
}
