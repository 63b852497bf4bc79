package org.report.dsl.cli.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * A JSON Schema of docs/schema as the jar ships it, and validation against it (networknt): one per JSON
 * document the tool writes ({@link #REPORT} render --format json, {@link #COMPARE} compare --format json,
 * {@link #SUMMARY} aggregate's summary.json, {@link #FINDINGS} validate --format json). The static methods
 * are the report schema's.
 */
final class JsonSchemaFile {

	/** Where the build copies docs/schema/report.schema.json into the jar. */
	static final String RESOURCE = "/org/report/dsl/cli/schema/report.schema.json";

	static final JsonSchemaFile REPORT = new JsonSchemaFile("report.schema.json");
	static final JsonSchemaFile COMPARE = new JsonSchemaFile("compare.schema.json");
	static final JsonSchemaFile SUMMARY = new JsonSchemaFile("summary.schema.json");
	static final JsonSchemaFile FINDINGS = new JsonSchemaFile("findings.schema.json");

	/** The file's name in docs/schema (and in the jar under org/report/dsl/cli/schema). */
	final String name;
	private final String text;
	private final Schema schema;

	private JsonSchemaFile(String name) {
		this.name = name;
		this.text = read("/org/report/dsl/cli/schema/" + name);
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text,
				InputFormat.JSON);
	}

	private static String read(String resource) {
		try (InputStream in = JsonSchemaFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the schema is not on the class path at " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The schema as the jar carries it. */
	String jarText() {
		return text;
	}

	/** The schema's complaints about a JSON document, one per line; empty when it is valid. */
	String problemsOf(String json) {
		List<Error> errors = schema.validate(json, InputFormat.JSON);
		return String.join("\n", errors.stream().map(Error::toString).toList());
	}

	static String text() {
		return REPORT.jarText();
	}

	/** The report schema's complaints about a JSON document, one per line; empty when it is valid. */
	static String problems(String json) {
		return REPORT.problemsOf(json);
	}
}
