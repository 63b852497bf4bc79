package org.report.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Starts the ReportDSL language server on a pair of streams (standard input/output for `reportdsl lsp`). */
public final class ReportServerLauncher {

	private ReportServerLauncher() {
	}

	/** Connects a new server to the streams; the future completes when the input ends. */
	public static Future<Void> launch(InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(ReportServerModule.create());
		ReportLanguageServer server = injector.getInstance(ReportLanguageServer.class);
		ExecutorService threads = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "reportdsl-lsp");
			t.setDaemon(true);
			return t;
		});
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>() {
			private MessageJsonHandler json;
			private GuardedEndpoint endpoint;

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
				endpoint = new GuardedEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices));
				jsonHandler.setMethodProvider(endpoint);
				endpoint.setJsonHandler(jsonHandler);
				json = jsonHandler;
				return endpoint;
			}

			@Override
			protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader,
					MessageConsumer messageConsumer, LanguageClient remoteProxy) {
				return super.createMessageProcessor(new ResyncingMessageProducer(input, json, endpoint), messageConsumer,
						remoteProxy);
			}
		}.setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(threads)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
