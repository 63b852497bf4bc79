package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * What the background process sends back on a connection, as frames in the order they happen: bytes for
 * standard output ({@code o}) and standard error ({@code e}) as the command writes them, then its exit code
 * ({@code x}, a 4-byte int) — or, instead of running it, why it was not run ({@code r}, UTF-8 text; the
 * client then runs the command itself). A frame is its type (one byte), the payload's length (int) and the
 * payload. Written straight to the socket channel (which allows one writer beside one reader).
 */
public final class Replies {

	public static final byte OUT = 'o';
	public static final byte ERR = 'e';
	public static final byte EXIT = 'x';
	public static final byte REFUSED = 'r';

	/** Frames longer than this are cut into several: a client reads with a bounded buffer. */
	static final int MAX_FRAME = 64 * 1024;

	private final WritableByteChannel channel;

	Replies(WritableByteChannel channel) {
		this.channel = channel;
	}

	/** A UTF-8 print stream whose bytes go out as frames of one type. */
	PrintStream stream(byte type) {
		return new PrintStream(new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				frame(type, new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int at = off; at < off + len; at += MAX_FRAME) {
					frame(type, b, at, Math.min(MAX_FRAME, off + len - at));
				}
			}
		}, true, StandardCharsets.UTF_8);
	}

	void exit(int code) throws IOException {
		frame(EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
	}

	void refused(String reason) throws IOException {
		byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
		frame(REFUSED, bytes, 0, bytes.length);
	}

	private synchronized void frame(byte type, byte[] bytes, int off, int len) throws IOException {
		if (len == 0 && type != REFUSED) {
			return;
		}
		ByteBuffer frame = ByteBuffer.allocate(5 + len).put(type).putInt(len).put(bytes, off, len).flip();
		while (frame.hasRemaining()) {
			channel.write(frame);
		}
	}
}
