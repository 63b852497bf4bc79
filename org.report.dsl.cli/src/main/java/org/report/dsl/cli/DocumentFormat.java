package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.cli.docx.DocxRenderer;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The documents {@code render} writes, with the file name ending of each: the documents of
 * {@link RenderService.Documents}, the data (json) for build scripts and the Word document (docx).
 */
enum DocumentFormat implements RenderService.DocumentKind {
	text(RenderService.Documents.TEXT), html(RenderService.Documents.HTML),
	review(RenderService.Documents.REVIEW), json(null),
	/** Word 文档 (binary: written to a file, never printed) */
	docx(null);

	/** The shared document this format is, or null for json (only the command line writes it). */
	private final RenderService.Documents document;

	DocumentFormat(RenderService.Documents document) {
		this.document = document;
	}

	@Override
	public String extension() {
		if (this == docx) {
			return ".docx";
		}
		return document == null ? ".json" : document.extension();
	}

	@Override
	public boolean showsFindings() {
		return document != null && document.showsFindings();
	}

	@Override
	public String render(PublishedReport report, List<ReviewFinding> findings) {
		if (this == docx) {
			throw new UnsupportedOperationException("a Word document is binary: bytes()");
		}
		return document == null ? ReportJson.of(report).toJson() : document.render(report, findings);
	}

	@Override
	public byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
		return this == docx ? new DocxRenderer().render(report) : RenderService.DocumentKind.super.bytes(report, findings);
	}

	/** Whether the document is binary (written to a file only). */
	boolean binary() {
		return this == docx;
	}
}
