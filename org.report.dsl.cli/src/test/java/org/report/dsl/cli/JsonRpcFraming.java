package org.report.dsl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON-RPC messages as the language server's tests write and read them: Content-Length framing, LSP's base protocol. */
final class JsonRpcFraming {

	static final ObjectMapper JSON = new ObjectMapper();

	private JsonRpcFraming() {
	}

	static ObjectNode request(int id, String method, ObjectNode params) {
		ObjectNode m = notification(method, params);
		m.put("id", id);
		return m;
	}

	static ObjectNode notification(String method, ObjectNode params) {
		ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
		m.set("params", params);
		return m;
	}

	static void send(OutputStream out, ObjectNode message) throws IOException {
		byte[] body = JSON.writeValueAsBytes(message);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** The next message: its headers up to the blank line, then as many bytes as Content-Length says. */
	static JsonNode read(InputStream in) throws IOException {
		int length = -1;
		String header;
		while (!(header = line(in)).isEmpty()) {
			if (header.startsWith("Content-Length:")) {
				length = Integer.parseInt(header.substring(15).trim());
			}
		}
		return JSON.readTree(in.readNBytes(length));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("the server closed its output");
			}
			if (c != '\r') {
				b.write(c);
			}
		}
		return b.toString(StandardCharsets.US_ASCII);
	}
}
