package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.report.dsl.cli.JsonRpcFraming.notification;
import static org.report.dsl.cli.JsonRpcFraming.read;
import static org.report.dsl.cli.JsonRpcFraming.request;
import static org.report.dsl.cli.JsonRpcFraming.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * `reportdsl lsp` on a folder of synthetic full reports, in its own JVM with a heap far too small to
 * hold their parsed models (issue 14: a big folder is indexed keeping only index entries and findings
 * of the files that are not open). Over the real protocol: the client announces
 * window.workDoneProgress, accepts the server's progress token and receives begin, reports and end
 * in order, diagnostics for every file (the findings of `validate`), and an open report then answers
 * hover and completion.
 */
class LspWorkspaceTest {

	/** Reports in the folder: about 0.3 MB each once parsed, 75 MB in all. */
	private static final int REPORTS = 250;
	/** The server's heap: Xtext's unclustered build runs out of memory here. */
	private static final String HEAP = "-Xmx64m";

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path folder;

	@Test
	@Timeout(300)
	void indexesABigFolderInASmallHeapWithProgressThenServesAnOpenReport() throws Exception {
		CliRun synth = CliRun.of("synth", "-o", folder.toString(), "--count", Integer.toString(REPORTS), "--errors", "1");
		assertEquals(0, synth.exit(), synth.err());
		Map<String, List<String>> expected = findingsOfValidate();
		Files.writeString(folder.resolve("说明.txt"), "not a report: neither built nor counted in the progress\n");
		assertEquals(REPORTS, expected.size());

		Path log = Files.createTempFile("reportdsl-lsp", ".log");
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
				.redirectError(log.toFile()).start();
		try (OutputStream toServer = server.getOutputStream(); InputStream fromServer = server.getInputStream()) {
			ObjectNode capabilities = json.createObjectNode();
			capabilities.set("window", json.createObjectNode().put("workDoneProgress", true));
			ObjectNode init = json.createObjectNode().put("processId", (Integer) null).put("rootUri", folder.toUri().toString());
			init.set("capabilities", capabilities);
			send(toServer, request(1, "initialize", init));
			assertTrue(readUntil(fromServer, "id", toServer).get("result").has("capabilities"));
			send(toServer, notification("initialized", json.createObjectNode()));

			// Until progress ends: every message in order.
			List<String> progress = new ArrayList<>();
			Map<String, List<String>> diagnostics = new TreeMap<>();
			while (progress.isEmpty() || !progress.get(progress.size() - 1).startsWith("end")) {
				JsonNode m = read(fromServer);
				String method = m.path("method").asText();
				if (method.equals("window/workDoneProgress/create")) {
					progress.add("create " + m.get("params").get("token").asText());
					send(toServer, json.createObjectNode().put("jsonrpc", "2.0").put("id", m.get("id").asInt()).putNull("result"));
				} else if (method.equals("$/progress")) {
					JsonNode value = m.get("params").get("value");
					progress.add(value.get("kind").asText() + (value.has("percentage") ? " " + value.get("percentage").asInt() : ""));
				} else if (method.equals("textDocument/publishDiagnostics")) {
					assertTrue(progress.size() >= 2 && progress.get(1).startsWith("begin"), "diagnostics before progress began");
					diagnostics.put(fileName(m.get("params").get("uri").asText()), codes(m.get("params").get("diagnostics")));
				}
			}
			assertEquals("create reportdsl/workspace", progress.get(0));
			assertEquals("begin 0", progress.get(1));
			assertEquals("end", progress.get(progress.size() - 1));
			List<Integer> percentages = progress.subList(2, progress.size() - 1).stream()
					.map(p -> Integer.parseInt(p.substring("report ".length()))).toList();
			for (int i = 0; i < percentages.size(); i++) {
				assertEquals(i + 1, percentages.get(i), "a report at each whole percent, in order: " + percentages);
			}
			assertEquals(100, percentages.size());
			assertEquals(expected, diagnostics);

			// An open report after the workspace build: its own diagnostics, hover and completion.
			Path first = folder.resolve("synthetic-00001.report");
			String text = Files.readString(first);
			String uri = first.toUri().toString();
			ObjectNode doc = json.createObjectNode().put("uri", uri).put("languageId", "report").put("version", 1).put("text", text);
			send(toServer, notification("textDocument/didOpen", json.createObjectNode().set("textDocument", doc)));
			JsonNode opened = readUntil(fromServer, "textDocument/publishDiagnostics", toServer);
			assertEquals(expected.get("synthetic-00001.report"), codes(opened.get("params").get("diagnostics")));
			String[] lines = text.split("\n", -1);
			int line = 0;
			while (!lines[line].contains("{三.新收.总计}")) {
				line++;
			}
			int column = lines[line].indexOf("{三.新收.总计}");
			send(toServer, request(2, "textDocument/hover", position(uri, line, column + 2)));
			String hover = readUntil(fromServer, "id", toServer).get("result").get("contents").get("value").asText();
			// The value the reference stands for, as the text rendering prints it in this sentence.
			CliRun rendered = CliRun.of("render", "--force", "--format", "text", first.toString());
			Matcher sentence = Pattern.compile("本年新收政府信息公开申请 (\\d+) 件").matcher(rendered.out());
			assertTrue(sentence.find(), rendered.out());
			assertEquals("引用 `{三.新收.总计}` = " + sentence.group(1), hover.lines().findFirst().orElse(""), hover);
			// After 「{三.新收.」: the columns of the row, the total with its value.
			send(toServer, request(3, "textDocument/completion", position(uri, line, column + 6)));
			JsonNode items = readUntil(fromServer, "id", toServer).get("result");
			items = items.isArray() ? items : items.get("items");
			String total = null;
			for (JsonNode item : items) {
				if (item.get("label").asText().equals("总计")) {
					total = item.path("detail").asText();
				}
			}
			assertEquals("一·总计 = " + sentence.group(1), total, items.toString());

			send(toServer, request(4, "shutdown", null));
			assertEquals(4, readUntil(fromServer, "id", toServer).get("id").asInt());
			send(toServer, notification("exit", null));
		} finally {
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
		String err = Files.readString(log);
		Files.delete(log);
		assertFalse(err.contains("OutOfMemoryError") || err.contains("Exception") || err.contains("\tat "), err);
	}

	/** What `validate` finds in each file: "LINE CODE", in its order. */
	private Map<String, List<String>> findingsOfValidate() throws IOException {
		CliRun validate = CliRun.of("validate", "--format", "json", folder.toString());
		Map<String, List<String>> findings = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".report")).forEach(f -> findings.put(f.getFileName().toString(), new ArrayList<>()));
		}
		for (JsonNode f : json.readTree(validate.out()).get("findings")) {
			findings.get(Path.of(f.get("file").asText()).getFileName().toString())
					.add(f.get("line").asInt() + " " + f.get("code").asText());
		}
		findings.values().forEach(l -> l.sort(null));
		return findings;
	}

	private static List<String> codes(JsonNode diagnostics) {
		List<String> codes = new ArrayList<>();
		for (JsonNode d : diagnostics) {
			codes.add((d.get("range").get("start").get("line").asInt() + 1) + " " + d.get("code").asText());
		}
		codes.sort(null);
		return codes;
	}

	private static String fileName(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	private ObjectNode position(String uri, int line, int character) {
		ObjectNode p = json.createObjectNode();
		p.set("textDocument", json.createObjectNode().put("uri", uri));
		p.set("position", json.createObjectNode().put("line", line).put("character", character));
		return p;
	}

	/** Reads until the response ("id") or the notification named; answers the server's requests with null. */
	private JsonNode readUntil(InputStream in, String wanted, OutputStream out) throws IOException {
		while (true) {
			JsonNode m = read(in);
			if (m.has("id") && m.has("method")) {
				send(out, json.createObjectNode().put("jsonrpc", "2.0").put("id", m.get("id").asInt()).putNull("result"));
			} else if (wanted.equals("id") ? m.has("id") : wanted.equals(m.path("method").asText())) {
				return m;
			}
		}
	}
}
