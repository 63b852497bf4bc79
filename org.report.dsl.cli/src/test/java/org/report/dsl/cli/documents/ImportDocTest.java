package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.report.dsl.cli.CliRunner;

/**
 * {@code reportdsl import} of Word 97–2003 documents (.doc): the five examples as .doc files made with
 * LibreOffice from their Word rendering (corpus/generated/doc, see corpus/README.md; tables with
 * vertically and horizontally merged cells) give exactly the examples' values. A truncated .doc, an
 * encrypted one (written here with POI's HWPF and a password) and OLE2 files that are no Word document
 * (an Excel workbook, a compound file of another program) each get one clear message, exit code 2 and
 * no output.
 */
class ImportDocTest {

	static final Path DOCS = Documents.ROOT.resolve("corpus/generated/doc");

	@TempDir
	Path dir;

	private Path write(String name, byte[] bytes) throws IOException {
		return Documents.write(dir, name, bytes);
	}

	private void refused(Path file, String message) {
		Documents.refused(file, dir, message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sanmenxia-keji-2025", "pingtan-2022", "keji-gongxin-2022", "huaian-shizhengfu-2024",
			"yindu-keji-2025" })
	void wordDocumentOfOldGivesTheExamplesValues(String example) throws IOException {
		CliRunner.Result run = Documents.importFile(DOCS.resolve(example + ".doc"), dir);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，0 个警告\n"), run.err());
		String report = Files.readString(dir.resolve("out/" + example + ".report"));
		assertTrue(report.contains("// 来源: " + example + ".doc（reportdsl import 导入，原文编码 Word 97–2003）"),
				report.lines().limit(3).toList().toString());
		Documents.sameValues(example, dir.resolve("out/" + example + ".report"));
	}

	@Test
	void truncatedWordDocument() throws IOException {
		byte[] whole = Files.readAllBytes(DOCS.resolve("sanmenxia-keji-2025.doc"));
		refused(write("cut.doc", Arrays.copyOf(whole, whole.length / 2)), "Word 97–2003（.doc）文件已损坏或不完整，无法读取");
	}

	@Test
	void ole2HeaderAndNothingElse() throws IOException {
		byte[] ole2 = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		refused(write("report.doc", ole2), "Word 97–2003（.doc）文件已损坏或不完整，无法读取");
	}

	@Test
	void encryptedWordDocument() throws IOException {
		byte[] plain = Files.readAllBytes(DOCS.resolve("sanmenxia-keji-2025.doc"));
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(plain))) {
			Biff8EncryptionKey.setCurrentUserPassword("机密");
			doc.write(encrypted);
		} finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		refused(write("locked.doc", encrypted.toByteArray()),
				"Word 97–2003（.doc）文件已加密（设有打开密码），无法导入：请在 Word/WPS 中去掉密码后再导入");
	}

	@Test
	void excelWorkbookNamedDoc() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (HSSFWorkbook book = new HSSFWorkbook()) {
			book.createSheet("表").createRow(0).createCell(0).setCellValue("一、总体情况");
			book.write(bytes);
		}
		refused(write("report.doc", bytes.toByteArray()), "这是 Excel 97–2003（.xls）文件，不是 Word 文档，不支持导入");
	}

	@Test
	void compoundFileOfAnotherProgram() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream("一、总体情况".getBytes()), "Contents");
			fs.writeFilesystem(bytes);
		}
		refused(write("other.ole", bytes.toByteArray()),
				"这是 OLE2 复合文件，但其中没有 Word 正文（WordDocument），不是 Word 97–2003 文档，不支持导入");
	}
}
