package org.report.dsl.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The findings of one run, as text lines with a summary, or as one JSON document. */
record FindingsReport(int files, List<CliFinding> findings) {

	/** Made on first use: a run that prints text lines never pays for Jackson's start-up. */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}

	FindingsReport {
		findings = findings.stream().sorted(Comparator.comparing(CliFinding::file).thenComparingInt(CliFinding::line)
				.thenComparingInt(CliFinding::column)).toList();
	}

	long errors() {
		return findings.stream().filter(CliFinding::isError).count();
	}

	long warnings() {
		return findings.size() - errors();
	}

	String toText() {
		StringBuilder b = new StringBuilder();
		findings.forEach(f -> b.append(f.toText()).append('\n'));
		b.append(files).append(" 个文件，").append(errors()).append(" 个错误，").append(warnings()).append(" 个警告\n");
		return b.toString();
	}

	String toJson() {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("files", files);
		doc.put("errors", errors());
		doc.put("warnings", warnings());
		doc.put("findings", findings);
		try {
			return Json.MAPPER.writeValueAsString(doc) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("findings are plain data", e);
		}
	}
}
