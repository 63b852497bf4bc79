package org.report.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a long-format writer on a file: CSV (UTF-8 with BOM) or Parquet. */
final class LongFormatFiles {

	private LongFormatFiles() {
	}

	static LongFormat open(DocumentFormat format, Path file) throws IOException {
		return switch (format) {
		case csv -> new LongFormatCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
		case parquet -> new LongFormatParquet(file);
		default -> throw new IllegalArgumentException(format + " is not a long format");
		};
	}
}
