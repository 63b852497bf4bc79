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

/** The JSON Schema of render --format json as the jar ships it, and validation against it (networknt). */
final class JsonSchemaFile {

	/** Where the build copies docs/schema/report.schema.json into the jar. */
	static final String RESOURCE = "/org/report/dsl/cli/schema/report.schema.json";

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(text(), InputFormat.JSON);

	private JsonSchemaFile() {
	}

	static String text() {
		try (InputStream in = JsonSchemaFile.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("the schema is not on the class path at " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The schema's complaints about a JSON document, one per line; empty when it is valid. */
	static String problems(String json) {
		List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
		return String.join("\n", errors.stream().map(Error::toString).toList());
	}
}
