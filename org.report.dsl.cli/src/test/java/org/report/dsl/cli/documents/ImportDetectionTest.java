package org.report.dsl.cli.documents;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kind of a file to import comes from its content, not its extension: formats the importer does
 * not read get one clear message, no output and exit code 2.
 */
class ImportDetectionTest {

	@TempDir
	Path dir;

	private void refused(String name, byte[] bytes, String message) throws IOException {
		Documents.refused(Documents.write(dir, name, bytes), dir, message);
	}

	@Test
	void zipThatIsNoWordDocument() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("report.txt"));
			zip.write("一、总体情况".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		refused("report.txt", bytes.toByteArray(), "这是 zip 压缩包（不是 Word .docx 文档），不支持导入");
	}
}
