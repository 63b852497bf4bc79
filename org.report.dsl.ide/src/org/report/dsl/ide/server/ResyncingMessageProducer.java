package org.report.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * lsp4j's reader of Content-Length framed messages, made to survive a broken message: a body that
 * is not JSON is answered with ParseError (-32700), and after a wrong Content-Length the reader
 * resynchronises on the next 「Content-Length:」 header, even when it follows the rest of a body on
 * the same line.
 */
final class ResyncingMessageProducer extends StreamMessageProducer {

	private static final Logger LOG = Logger.getLogger(ResyncingMessageProducer.class.getName());
	private static final String CONTENT_LENGTH = "Content-Length:";

	private final GuardedEndpoint endpoint;

	ResyncingMessageProducer(InputStream input, MessageJsonHandler json, GuardedEndpoint endpoint) {
		super(input, json, endpoint);
		this.endpoint = endpoint;
	}

	@Override
	protected void parseHeader(String line, Headers headers) {
		int at = line.indexOf(CONTENT_LENGTH);
		if (at > 0) {
			LOG.warning("消息头前有多余内容，已从下一个 Content-Length 处重新同步");
			line = line.substring(at);
		}
		super.parseHeader(line, headers);
	}

	@Override
	protected void fireError(Throwable error) {
		if (error instanceof IOException) {
			super.fireError(error);
			return;
		}
		LOG.warning("无法解析的消息（不是 JSON 或长度不符），已答复 ParseError");
		endpoint.answerParseError();
	}
}
