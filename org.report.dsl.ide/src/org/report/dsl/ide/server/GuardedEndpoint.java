package org.report.dsl.ide.server;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The protocol endpoint of the server: requests before `initialize` are answered with
 * ServerNotInitialized (-32002) and notifications before it dropped, as LSP requires; failures
 * become errors with a one-line message, never a stack trace.
 */
final class GuardedEndpoint extends RemoteEndpoint {

	private static final Logger LOG = Logger.getLogger(GuardedEndpoint.class.getName());

	/** Notifications a client may send before `initialize` has been answered. */
	private static final Set<String> EARLY_NOTIFICATIONS = Set.of("exit", "$/cancelRequest", "$/setTrace");

	private final MessageConsumer out;
	private final AtomicBoolean initialized = new AtomicBoolean();

	GuardedEndpoint(MessageConsumer out, Endpoint local) {
		super(out, local, GuardedEndpoint::toError);
		this.out = out;
	}

	/** Answers a message that could not be read at all (its id unknown, hence null). */
	void answerParseError() {
		ResponseMessage response = new ResponseMessage();
		response.setError(new ResponseError(ResponseErrorCode.ParseError, "无法解析的消息", null));
		out.consume(response);
	}

	@Override
	protected void handleRequest(RequestMessage request) {
		if (getJsonHandler().getJsonRpcMethod(request.getMethod()) == null) {
			LOG.warning("未知的方法「" + request.getMethod() + "」");
			out.consume(createErrorResponseMessage(request,
					new ResponseError(ResponseErrorCode.MethodNotFound, "未知的方法：" + request.getMethod(), null)));
			return;
		}
		if ("initialize".equals(request.getMethod())) {
			initialized.set(true);
		} else if (!initialized.get()) {
			LOG.warning("「" + request.getMethod() + "」请求在 initialize 之前到达，已拒绝");
			out.consume(createErrorResponseMessage(request,
					new ResponseError(ResponseErrorCode.ServerNotInitialized, "服务器尚未初始化（请先发送 initialize）", null)));
			return;
		}
		super.handleRequest(request);
	}

	@Override
	protected void handleNotification(NotificationMessage notification) {
		if (!initialized.get() && !EARLY_NOTIFICATIONS.contains(notification.getMethod())) {
			LOG.warning("「" + notification.getMethod() + "」通知在 initialize 之前到达，已忽略");
			return;
		}
		super.handleNotification(notification);
	}

	/** An error for the client: the message of the cause, without its stack trace. */
	static ResponseError toError(Throwable failure) {
		Throwable cause = failure;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ResponseErrorException e) {
				return e.getResponseError();
			}
			if (t instanceof IOException) {
				LOG.warning("无法读取文档（未打开，文件也不可读）");
				return new ResponseError(ResponseErrorCode.InvalidParams, "文档未打开，也无法从磁盘读取", null);
			}
			cause = t;
		}
		String detail = cause.getMessage() == null ? "" : "：" + cause.getMessage().lines().findFirst().orElse("");
		LOG.severe("内部错误" + detail);
		return new ResponseError(ResponseErrorCode.InternalError, "内部错误" + detail, null);
	}
}
