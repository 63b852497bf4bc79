package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** Reads a blocking socket channel without the stream adapter's lock, which would block the replies. */
final class ChannelInput extends InputStream {
	private final SocketChannel channel;

	ChannelInput(SocketChannel channel) {
		this.channel = channel;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		return channel.read(ByteBuffer.wrap(b, off, len));
	}
}
