package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The documents {@code render} writes, with the file name ending of each: the documents of
 * {@link RenderService.Documents} and the data (json) for build scripts.
 */
enum DocumentFormat implements RenderService.DocumentKind {
	text(RenderService.Documents.TEXT), html(RenderService.Documents.HTML),
	review(RenderService.Documents.REVIEW), json(null);

	/** The shared document this format is, or null for json (only the command line writes it). */
	private final RenderService.Documents document;

	DocumentFormat(RenderService.Documents document) {
		this.document = document;
	}

	@Override
	public String extension() {
		return document == null ? ".json" : document.extension();
	}

	@Override
	public boolean showsFindings() {
		return document != null && document.showsFindings();
	}

	@Override
	public String render(PublishedReport report, List<ReviewFinding> findings) {
		return document == null ? ReportJson.of(report, findings).toJson() : document.render(report, findings);
	}
}
