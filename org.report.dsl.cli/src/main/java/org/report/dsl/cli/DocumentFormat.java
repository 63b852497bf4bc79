package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The documents {@code render} writes, with the file name ending of each: the documents of
 * {@link RenderService.Documents} (text, html, review, and the binary docx and pdf, made by the runtime's
 * renderers as Eclipse makes them), the data (json) for build scripts, and the long format for analytics
 * (csv, parquet: one row per cell, written by {@link LongFormat}, possibly many reports to one file).
 */
enum DocumentFormat implements RenderService.DocumentKind {
	text(RenderService.Documents.TEXT), html(RenderService.Documents.HTML), review(RenderService.Documents.REVIEW),
	json(null), docx(RenderService.Documents.DOCX), pdf(RenderService.Documents.PDF), csv(null), parquet(null);

	/** The shared document this format is, or null for the formats only the command line writes. */
	private final RenderService.Documents document;

	DocumentFormat(RenderService.Documents document) {
		this.document = document;
	}

	@Override
	public String extension() {
		return document == null ? "." + name() : document.extension();
	}

	@Override
	public boolean showsFindings() {
		return document != null && document.showsFindings();
	}

	/** Whether it is the long format (csv, parquet), written by {@link LongFormat} and not rendered as text. */
	boolean longFormat() {
		return this == csv || this == parquet;
	}

	@Override
	public boolean binary() {
		return document != null && document.binary();
	}

	/** How a binary document is named in messages: Word 文档（docx）. */
	String binaryName() {
		return document.title() + "（" + name() + "）";
	}

	@Override
	public String render(PublishedReport report, List<ReviewFinding> findings) {
		if (longFormat()) {
			throw new IllegalStateException(name() + " is written by LongFormat");
		}
		return document == null ? ReportJson.of(report, findings).toJson() : document.render(report, findings);
	}

	@Override
	public byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
		return document == null ? RenderService.DocumentKind.super.bytes(report, findings) : document.bytes(report, findings);
	}
}
