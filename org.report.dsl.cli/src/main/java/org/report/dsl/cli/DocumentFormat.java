package org.report.dsl.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The documents {@code render} writes, with the file name ending of each: the documents of
 * {@link RenderService.Documents}, the data (json) for build scripts and the PDF (pdf, made here: its
 * libraries belong to the command line).
 */
enum DocumentFormat implements RenderService.DocumentKind {
	text(RenderService.Documents.TEXT), html(RenderService.Documents.HTML),
	review(RenderService.Documents.REVIEW), json(null),
	/** PDF 文本: the print page set as A4 pages by {@link PdfRenderer}; its content is that page. */
	pdf(RenderService.Documents.HTML);

	/** The shared document this format is, or null for json (only the command line writes it). */
	private final RenderService.Documents document;

	DocumentFormat(RenderService.Documents document) {
		this.document = document;
	}

	@Override
	public String extension() {
		return this == pdf ? ".pdf" : document == null ? ".json" : document.extension();
	}

	@Override
	public boolean showsFindings() {
		return document != null && document.showsFindings();
	}

	/** The bytes of the file: the content as UTF-8, or for pdf the PDF set from it. */
	byte[] file(String content) throws PdfRenderer.Failure {
		return this == pdf ? PdfRenderer.render(content) : content.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String render(PublishedReport report, List<ReviewFinding> findings) {
		return document == null ? ReportJson.of(report).toJson() : document.render(report, findings);
	}
}
