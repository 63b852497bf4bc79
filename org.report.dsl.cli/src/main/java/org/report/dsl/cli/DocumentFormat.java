package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.cli.docx.DocxRenderer;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The documents {@code render} writes, with the file name ending of each: the documents of
 * {@link RenderService.Documents}, the data (json) for build scripts, the Word document (docx) and
 * the PDF (pdf; their libraries belong to the command line), and the long format for analytics
 * (csv, parquet: one row per cell, written by {@link LongFormat}, possibly many reports to one file).
 */
enum DocumentFormat implements RenderService.DocumentKind {
	text(RenderService.Documents.TEXT, null), html(RenderService.Documents.HTML, null),
	review(RenderService.Documents.REVIEW, null), json(null, null),
	/** Word 文档 (binary: written to a file, never printed) */
	docx(null, "Word 文档（docx）"),
	/** PDF 文本: the print page set as A4 pages by {@link PdfRenderer}; its content is that page. */
	pdf(RenderService.Documents.HTML, "PDF（pdf）"),
	csv(null, null), parquet(null, null);

	/** The shared document this format is, or null for the formats only the command line writes. */
	private final RenderService.Documents document;
	/** How a binary document is named in messages; null for the text documents. */
	private final String binaryName;

	DocumentFormat(RenderService.Documents document, String binaryName) {
		this.document = document;
		this.binaryName = binaryName;
	}

	@Override
	public String extension() {
		return document == null || binaryName != null ? "." + name() : document.extension();
	}

	@Override
	public boolean showsFindings() {
		return document != null && document.showsFindings();
	}

	/** Whether it is the long format (csv, parquet), written by {@link LongFormat} and not rendered as text. */
	boolean longFormat() {
		return this == csv || this == parquet;
	}

	/** Whether the document is binary (written to a file only). */
	boolean binary() {
		return binaryName != null;
	}

	/** How a binary document is named in messages. */
	String binaryName() {
		return binaryName;
	}

	@Override
	public String render(PublishedReport report, List<ReviewFinding> findings) {
		if (longFormat()) {
			throw new IllegalStateException(name() + " is written by LongFormat");
		}
		if (this == docx) {
			throw new UnsupportedOperationException("a Word document is binary: bytes()");
		}
		return document == null ? ReportJson.of(report, findings).toJson() : document.render(report, findings);
	}

	@Override
	public byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
		return this == docx ? new DocxRenderer().render(report) : RenderService.DocumentKind.super.bytes(report, findings);
	}

	/** The bytes of the file: the document's bytes, or for pdf the PDF set from its print page. */
	byte[] file(RenderService.Document rendered) throws PdfRenderer.Failure {
		return this == pdf ? PdfRenderer.render(rendered.content()) : rendered.bytes();
	}
}
