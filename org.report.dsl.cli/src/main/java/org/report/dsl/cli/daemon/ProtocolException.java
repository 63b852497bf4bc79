package org.report.dsl.cli.daemon;

import java.io.IOException;

/** Bytes on a connection that are not what the protocol allows (a client of another version, or not a client). */
public final class ProtocolException extends IOException {

	private static final long serialVersionUID = 1L;

	ProtocolException(String message) {
		super(message);
	}
}
