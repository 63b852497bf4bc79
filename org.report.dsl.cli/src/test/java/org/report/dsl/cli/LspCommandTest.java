package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.report.dsl.cli.JsonRpcFraming.notification;
import static org.report.dsl.cli.JsonRpcFraming.request;
import static org.report.dsl.cli.JsonRpcFraming.send;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * `reportdsl lsp` over the real protocol: JSON-RPC with Content-Length framing on piped standard
 * input and output; initialize, open a report, receive its diagnostics, end the input.
 */
class LspCommandTest {

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path workspace;

	@Test
	void publishesDiagnosticsOfAnOpenedReport() throws Exception {
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedInputStream fromServer = new PipedInputStream(1 << 16);
		PrintStream serverOut = new PrintStream(new PipedOutputStream(fromServer), true, StandardCharsets.UTF_8);
		InputStream stdin = System.in;
		PrintStream stdout = System.out;
		System.setIn(serverIn);
		System.setOut(serverOut);
		CompletableFuture<CliRun> run = new CompletableFuture<>();
		Thread server = new Thread(() -> run.complete(CliRun.of("lsp")));
		server.start();
		try {
			String root = workspace.toUri().toString();
			send(toServer, request(1, "initialize", json.createObjectNode().put("processId", (Integer) null).put("rootUri", root)));
			assertEquals(1, read(fromServer, "id").get("id").asInt());
			send(toServer, notification("initialized", json.createObjectNode()));
			String uri = workspace.resolve("t.report").toUri().toString();
			ObjectNode doc = json.createObjectNode().put("uri", uri).put("languageId", "report").put("version", 1)
					.put("text", "年报 测试局 2025 格式 2021\n二、主动公开政府信息情况\n{ 行政许可 本年处理决定数量 -1 }\n");
			send(toServer, notification("textDocument/didOpen", json.createObjectNode().set("textDocument", doc)));
			JsonNode diagnostics = read(fromServer, "textDocument/publishDiagnostics").get("params");
			assertEquals(uri, diagnostics.get("uri").asText());
			StringBuilder found = new StringBuilder();
			for (JsonNode d : diagnostics.get("diagnostics")) {
				found.append(d.get("code").asText()).append(' ').append(d.get("range").get("start").get("line").asInt() + 1)
						.append(' ').append(d.get("message").asText()).append('\n');
			}
			assertEquals("""
					R7 3 行政许可·本年处理决定数量：「-1」为负数；件数不能小于 0
					S1 1 缺少「一、总体情况」、「三、收到和处理政府信息公开申请情况」、「四、政府信息公开行政复议、行政诉讼情况」、「五、存在的主要问题及改进情况」、「六、其他需要报告的事项」
					""", found.toString());
		} finally {
			toServer.close(); // end of input: the server stops
			CliRun result = run.get(20, TimeUnit.SECONDS);
			System.setIn(stdin);
			System.setOut(stdout);
			assertEquals(0, result.exit(), result.err());
		}
	}

	@Test
	void acceptsTheArgumentsOfVsCodesLanguageClient() throws Exception {
		try (Session s = new Session("lsp", "--stdio", "--clientProcessId=4242")) {
			s.send(request(1, "initialize", json.createObjectNode().put("processId", 4242).put("rootUri", workspace.toUri().toString())));
			JsonNode capabilities = s.read("id").get("result").get("capabilities");
			assertEquals("utf-16", capabilities.get("positionEncoding").asText());
			s.send(request(2, "shutdown", null));
			assertEquals(2, s.read("id").get("id").asInt());
		}
	}

	@Test
	void refusesTransportsOtherThanStdio() {
		for (String transport : new String[] { "--node-ipc", "--socket=5007", "--pipe=/tmp/reportdsl.sock" }) {
			CliRun run = CliRun.of("lsp", transport);
			assertEquals(2, run.exit(), transport);
			assertEquals("reportdsl lsp: 不支持 " + transport.replaceFirst("=.*", "")
					+ "；语言服务器只经由标准输入/输出（--stdio）通信\n", run.err().replace("\r", ""));
		}
	}

	@Test
	void startsWithoutAWorkspace() throws Exception {
		try (Session s = new Session("lsp")) {
			s.send(request(1, "initialize", json.createObjectNode().put("processId", (Integer) null)));
			JsonNode response = s.read("id");
			assertTrue(response.has("result"), response.toString());
			s.send(request(2, "shutdown", null));
			assertEquals(2, s.read("id").get("id").asInt());
		}
	}

	@Test
	@Timeout(20)
	void answersProtocolErrorsWithOneLineLogEntries() throws Exception {
		String uri = workspace.resolve("t.report").toUri().toString();
		ObjectNode hover = json.createObjectNode();
		hover.set("textDocument", json.createObjectNode().put("uri", uri));
		hover.set("position", json.createObjectNode().put("line", 0).put("character", 1));
		Session s = new Session("lsp");
		StringBuilder answers = new StringBuilder();
		try (s) {
			s.send(request(1, "textDocument/hover", hover));
			answers.append(answer(s.read("id")));
			s.send(request(2, "initialize", json.createObjectNode().put("processId", (Integer) null).put("rootUri", workspace.toUri().toString())));
			s.read("id");
			s.send(notification("initialized", json.createObjectNode()));
			s.send(request(3, "reportdsl/noSuchMethod", json.createObjectNode()));
			answers.append(answer(s.read("id")));
			s.sendRaw("Content-Length: 9\r\n\r\n{not json");
			answers.append(answer(s.read("id")));
			s.send(request(4, "textDocument/hover", hover)); // not opened
			answers.append(answer(s.read("id")));
			ObjectNode doc = json.createObjectNode().put("uri", uri).put("languageId", "report").put("version", 1)
					.put("text", "年报 测试局 2025 格式 2021\n");
			s.send(notification("textDocument/didOpen", json.createObjectNode().set("textDocument", doc)));
			ObjectNode change = json.createObjectNode();
			change.set("textDocument", json.createObjectNode().put("uri", uri).put("version", 2));
			ObjectNode range = json.createObjectNode();
			range.set("start", json.createObjectNode().put("line", 40).put("character", 3));
			range.set("end", json.createObjectNode().put("line", 41).put("character", 0));
			change.set("contentChanges", json.createArrayNode().add(json.createObjectNode().put("text", "x").set("range", range)));
			s.send(notification("textDocument/didChange", change));
			s.send(request(5, "textDocument/hover", hover));
			answers.append(answer(s.read("id")));
			byte[] tooLong = json.writeValueAsBytes(request(6, "textDocument/hover", hover));
			s.sendRaw("Content-Length: " + (tooLong.length - 5) + "\r\n\r\n"); // wrong length: resynchronise
			s.toServer.write(tooLong);
			s.send(request(7, "shutdown", null));
			answers.append(answer(s.read("id")));
		}
		assertEquals("""
				1 -32002 服务器尚未初始化（请先发送 initialize）
				3 -32601 未知的方法：reportdsl/noSuchMethod
				null -32700 无法解析的消息
				4 -32602 文档未打开，也无法从磁盘读取
				5 result OBJECT
				7 result OBJECT
				""", answers.toString());
		String log = s.log();
		assertTrue(!log.contains("\tat ") && !log.contains("Exception"), log);
		assertTrue(log.lines().allMatch(line -> line.startsWith("reportdsl lsp: ")), log);
		for (String entry : new String[] { "reportdsl lsp: WARNING 「textDocument/hover」请求在 initialize 之前到达，已拒绝\n",
				"reportdsl lsp: WARNING 未知的方法「reportdsl/noSuchMethod」\n",
				"reportdsl lsp: WARNING 无法解析的消息（不是 JSON 或长度不符），已答复 ParseError\n",
				"reportdsl lsp: WARNING 「textDocument/didChange」的范围超出文档（版本 2），已忽略此次修改：t.report\n",
				"reportdsl lsp: WARNING 消息头前有多余内容，已从下一个 Content-Length 处重新同步\n" }) {
			assertTrue(log.contains(entry), log);
		}
	}

	@Test
	@Timeout(30)
	void skipsBrokenAndLoopingLinksInTheWorkspace() throws Exception {
		Files.writeString(workspace.resolve("a.report"), "年报 测试局 2025 格式 2021\n");
		Files.createSymbolicLink(workspace.resolve("broken.report"), workspace.resolve("missing.report"));
		Files.createSymbolicLink(workspace.resolve("loop.report"), workspace.resolve("loop.report"));
		Files.createDirectory(workspace.resolve("sub"));
		Files.createSymbolicLink(workspace.resolve("sub/up"), workspace);
		Session s = new Session("lsp");
		try (s) {
			s.send(request(1, "initialize", json.createObjectNode().put("processId", (Integer) null).put("rootUri", workspace.toUri().toString())));
			JsonNode response = s.read("id");
			assertTrue(response.has("result"), response.toString());
			s.send(request(2, "shutdown", null));
			assertEquals(2, s.read("id").get("id").asInt());
		}
		assertEquals(String.join("\n", "reportdsl lsp: WARNING 跳过断开或循环的链接：" + workspace.resolve("broken.report"),
				"reportdsl lsp: WARNING 跳过断开或循环的链接：" + workspace.resolve("loop.report"),
				"reportdsl lsp: WARNING 跳过重复或循环的目录链接：" + workspace.resolve("sub/up"), ""), s.log());
	}

	private static String answer(JsonNode response) {
		JsonNode error = response.path("error");
		return response.path("id").asText() + " " + (error.isMissingNode() ? "result " + response.path("result").getNodeType()
				: error.path("code").asInt() + " " + error.path("message").asText() + (error.has("data") ? " data" : "")) + "\n";
	}

	/** `reportdsl lsp ARGS` on piped standard input/output; closing ends the input and awaits exit 0. */
	private final class Session implements AutoCloseable {
		private final PipedOutputStream toServer = new PipedOutputStream();
		private final PipedInputStream fromServer = new PipedInputStream(1 << 16);
		private final InputStream stdin = System.in;
		private final PrintStream stdout = System.out;
		private final PrintStream stderr = System.err;
		private final ByteArrayOutputStream log = new ByteArrayOutputStream();
		private final CompletableFuture<CliRun> run = new CompletableFuture<>();
		CliRun result;

		Session(String... args) throws IOException {
			PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
			System.setIn(serverIn);
			System.setOut(new PrintStream(new PipedOutputStream(fromServer), true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
			new Thread(() -> run.complete(CliRun.of(args))).start();
		}

		/** What the server logged on standard error. */
		String log() {
			return log.toString(StandardCharsets.UTF_8);
		}

		void send(ObjectNode message) throws IOException {
			JsonRpcFraming.send(toServer, message);
		}

		void sendRaw(String bytes) throws IOException {
			toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
			toServer.flush();
		}

		JsonNode read(String wanted) throws IOException {
			return LspCommandTest.this.read(fromServer, wanted);
		}

		@Override
		public void close() throws Exception {
			toServer.close();
			try {
				result = run.get(20, TimeUnit.SECONDS);
			} finally {
				System.setIn(stdin);
				System.setOut(stdout);
				System.setErr(stderr);
			}
			assertEquals(0, result.exit(), result.err());
		}
	}

	/** Reads messages until one is the response with an id ("id") or the notification named. */
	private JsonNode read(InputStream in, String wanted) throws IOException {
		while (true) {
			JsonNode message = JsonRpcFraming.read(in);
			if (wanted.equals("id") ? message.has("id") && !message.has("method")
					: wanted.equals(message.path("method").asText())) {
				return message;
			}
		}
	}
}
