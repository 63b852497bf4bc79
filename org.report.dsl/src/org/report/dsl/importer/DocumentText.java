package org.report.dsl.importer;

import org.report.dsl.format.Rule;
import org.report.dsl.importer.doc.DocReader;
import org.report.dsl.importer.docx.DocxReader;
import org.report.dsl.importer.html.HtmlReader;
import org.report.dsl.importer.pdf.PdfReader;
import org.report.dsl.importer.text.Decoding;

/**
 * The text of a file to import, by what its content is ({@link InputKind}), not by its extension: a
 * web page through {@link HtmlReader}, a PDF through {@link PdfReader}, a Word document through {@link DocxReader} (.docx) or {@link DocReader} (.doc), published text through {@link Decoding}; a file the importer
 * cannot read gets one clear message and nothing else.
 */
final class DocumentText {

	private DocumentText() {
	}

	static Decoding.Decoded read(byte[] bytes) {
		return switch (InputKind.of(bytes)) {
		case HTML -> HtmlReader.read(bytes);
		case OLE2 -> DocReader.read(bytes);
		case ZIP -> refused("这是 zip 压缩包（不是 Word .docx 文档），不支持导入");
		case PDF -> PdfReader.read(bytes);
		case DOCX -> DocxReader.read(bytes);
		case TEXT -> Decoding.decode(bytes);
		};
	}

	static Decoding.Decoded refused(String message) {
		return new Decoding.Decoded(null, null, ImportFinding.of(1, 1, Rule.ENCODING, message));
	}
}
