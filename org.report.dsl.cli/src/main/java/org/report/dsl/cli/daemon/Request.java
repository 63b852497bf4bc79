package org.report.dsl.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client asks the background process: run a command line, say what it is, or stop.
 *
 * <p>On the wire (all integers big-endian, strings as a 4-byte length and UTF-8 bytes): {@code "RDSL"},
 * version (int), kind (int: 0 run, 1 stop, 2 status), the client's working directory (string), flags (one
 * byte: 1 = its standard error is a terminal, 2 = help in colour), the number of arguments (int), the arguments
 * (strings).
 *
 * @param kind                 what is asked
 * @param workingDirectory     the client's working directory (its relative paths are relative to it)
 * @param flags            {@link #STANDARD_ERROR_TERMINAL}, {@link #COLOUR}
 * @param arguments        the command line after {@code reportdsl}
 */
public record Request(Kind kind, String workingDirectory, int flags, List<String> arguments) {

	/** The client's standard error is a terminal (a long batch shows its progress there). */
	public static final int STANDARD_ERROR_TERMINAL = 1;
	/**
	 * Help and usage in colour, as picocli would choose in the client's process: its standard output a
	 * terminal, and neither NO_COLOR nor CLICOLOR=0 set (or CLICOLOR_FORCE set).
	 */
	public static final int COLOUR = 2;

	/** What a request asks for; its code on the wire is its ordinal. */
	public enum Kind {
		RUN, STOP, STATUS
	}

	static final int MAGIC = 0x5244534C; // "RDSL"
	static final int VERSION = 1;
	/** Bounds on what a request may hold: a command line (Linux allows 2 MB), not a file. */
	static final int MAX_ARGUMENTS = 100_000;
	static final int MAX_STRING_BYTES = 64 * 1024;
	static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;

	public Request {
		arguments = List.copyOf(arguments);
	}

	public boolean standardErrorTerminal() {
		return (flags & STANDARD_ERROR_TERMINAL) != 0;
	}

	public boolean colour() {
		return (flags & COLOUR) != 0;
	}

	/** Reads one request; refuses bytes that are not one (wrong magic or version, lengths out of bounds, cut short). */
	public static Request read(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(stream);
		try {
			if (in.readInt() != MAGIC) {
				throw new ProtocolException("不是 reportdsl 客户端的请求");
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new ProtocolException("客户端的协议版本 " + version + " 与后台进程的 " + VERSION + " 不同");
			}
			int kind = in.readInt();
			if (kind < 0 || kind >= Kind.values().length) {
				throw new ProtocolException("未知的请求类型 " + kind);
			}
			int[] budget = { MAX_REQUEST_BYTES };
			String directory = string(in, budget);
			int flags = in.readUnsignedByte();
			int count = in.readInt();
			if (count < 0 || count > MAX_ARGUMENTS) {
				throw new ProtocolException("参数个数 " + count + " 超出范围");
			}
			List<String> arguments = new ArrayList<>(Math.min(count, 256));
			for (int i = 0; i < count; i++) {
				arguments.add(string(in, budget));
			}
			return new Request(Kind.values()[kind], directory, flags, arguments);
		} catch (EOFException e) {
			throw new ProtocolException("请求不完整");
		}
	}

	/** A string, its bytes taken from what the request may still hold ({@code budget[0]}). */
	private static String string(DataInputStream in, int[] budget) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_STRING_BYTES) {
			throw new ProtocolException("字符串长度 " + length + " 超出范围");
		}
		budget[0] -= length;
		if (budget[0] < 0) {
			throw new ProtocolException("请求超过 " + MAX_REQUEST_BYTES / 1024 / 1024 + " MB");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The request as bytes on the wire. */
	public byte[] bytes() {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(buffer)) {
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			out.writeInt(kind.ordinal());
			writeString(out, workingDirectory);
			out.writeByte(flags);
			out.writeInt(arguments.size());
			for (String a : arguments) {
				writeString(out, a);
			}
		} catch (IOException e) {
			throw new IllegalStateException(e); // a byte array does not fail
		}
		return buffer.toByteArray();
	}

	private static void writeString(DataOutputStream out, String s) throws IOException {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}
}
