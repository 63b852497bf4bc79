package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.CliRunner;

/**
 * {@code reportdsl import} of PDFs: the office's own PDF of a corpus report (corpus/pdf) gives exactly
 * the example's values; a scanned, an encrypted, a truncated, a damaged, a 300-page PDF and one whose page is a
 * compression bomb (made here with
 * PDFBox) each get one clear message, exit code 2 and no output.
 */
class ImportPdfTest {

	private static final Path HUAIAN = Documents.ROOT.resolve("corpus/pdf/huaian-shizhengfu-2024.pdf");

	@TempDir
	Path dir;

	private void refused(String name, byte[] bytes, String message) throws IOException {
		Documents.refused(Documents.write(dir, name, bytes), dir, message);
	}

	private static byte[] save(PDDocument pdf) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.save(out);
		pdf.close();
		return out.toByteArray();
	}

	@Test
	void theOfficesPdfGivesTheExamplesValues() throws IOException {
		CliRunner.Result run = Documents.importFile(HUAIAN, dir);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，4 个警告\n"), run.err());
		Documents.sameValues("huaian-shizhengfu-2024", dir.resolve("out/huaian-shizhengfu-2024.report"));
		assertEquals(200, Documents.tableValues("huaian-shizhengfu-2024"));
	}

	@Test
	void scannedPdfWithoutATextLayer() throws IOException {
		PDDocument pdf = new PDDocument();
		for (int p = 0; p < 2; p++) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			var image = LosslessFactory.createFromImage(pdf, new java.awt.image.BufferedImage(200, 280,
					java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.drawImage(image, 20, 20, 500, 700);
			}
		}
		refused("scan.pdf", save(pdf), "PDF 没有文字层（扫描件或图片）：不支持 OCR 文字识别；请取得带文字的 PDF、网页或 Word 文件后再导入");
	}

	@Test
	void encryptedPdf() throws IOException {
		PDDocument pdf = Loader.loadPDF(Files.readAllBytes(HUAIAN));
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
		policy.setEncryptionKeyLength(128);
		pdf.protect(policy);
		refused("locked.pdf", save(pdf), "PDF 文件已加密（需要密码才能打开），无法导入：请取得未加密的文件");
	}

	@Test
	void truncatedPdf() throws IOException {
		byte[] whole = Files.readAllBytes(HUAIAN);
		refused("cut.pdf", Arrays.copyOf(whole, whole.length / 2), "PDF 文件不完整（文件末尾缺失，可能下载或复制时被截断），无法读取");
		byte[] damaged = whole.clone();
		Arrays.fill(damaged, 9, damaged.length - 2000, (byte) 'x');
		refused("damaged.pdf", damaged, "PDF 文件已损坏或不完整，无法读取");
	}

	@Test
	void pdfOf300Pages() throws IOException {
		PDDocument pdf = new PDDocument();
		for (int p = 0; p < 300; p++) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Page " + (p + 1) + " of a long statistical yearbook");
				content.endText();
			}
		}
		refused("long.pdf", save(pdf), "PDF 有 300 页，超过 100 页：这不像一份政府信息公开工作年度报告，未导入");
	}

	@Test
	void pdfWhosePageIsACompressionBomb() throws IOException {
		PDDocument pdf = new PDDocument();
		PDPage page = new PDPage();
		pdf.addPage(page);
		PDStream content = new PDStream(pdf);
		try (java.io.OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				out.write(spaces);
			}
		}
		page.setContents(content);
		refused("bomb.pdf", save(pdf), "PDF 的页面内容解压后超过 16 MB（可能是压缩炸弹），未导入");
	}
}
