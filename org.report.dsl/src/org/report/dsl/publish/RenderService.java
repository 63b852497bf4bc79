package org.report.dsl.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.docx.DocxRenderer;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.publish.pdf.PdfRenderer;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.CheckedReport;

import com.google.inject.Inject;

/**
 * Renders a checked report as the documents an office publishes (生成发布文档): the one rendering path
 * of the command line ({@code reportdsl render}), of Eclipse Render and of generation on save. A report with errors gets only
 * the documents that show its findings (the review page), unless forced; an unreadable file gets none.
 */
public class RenderService {

	/** A kind of document a report is published as. */
	public interface DocumentKind {

		/** The file name ending: X.report is written as X + extension. */
		String extension();

		/** Whether it is written even when the report has errors (because it shows them). */
		boolean showsFindings();

		String render(PublishedReport report, List<ReviewFinding> findings);

		/**
		 * The document as written to a file: the text in UTF-8, unless the kind is binary (Word, PDF).
		 *
		 * @throws NotMade when this document cannot be made for this report (PDF: no font, too many pages)
		 */
		default byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
			return render(report, findings).getBytes(StandardCharsets.UTF_8);
		}

		/** Whether the document is binary: written to a file only, never shown or printed as text. */
		default boolean binary() {
			return false;
		}
	}

	/**
	 * Why one document of a report could not be made (PDF: no Chinese font installed, more pages than any
	 * report has), in words for the user; the report's other documents are made all the same.
	 */
	public static final class NotMade extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public NotMade(String message) {
			super(message);
		}
	}

	/** The documents every front end writes, in the order they are offered. */
	public enum Documents implements DocumentKind {
		/** 正式文本 */
		TEXT(".txt", "正式文本"),
		/** 打印版网页 */
		HTML(".html", "打印版网页"),
		/** 审阅页（问题标注在原处） */
		REVIEW(".review.html", "审阅页"),
		/** Word 文档 (GB/T 9704 layout, Apache POI) */
		DOCX(".docx", "Word 文档"),
		/** PDF (the print page set as A4 pages, fonts embedded) */
		PDF(".pdf", "PDF");

		private final String extension;
		private final String title;

		Documents(String extension, String title) {
			this.extension = extension;
			this.title = title;
		}

		@Override
		public String extension() {
			return extension;
		}

		/** What the document is called where people choose it: 正式文本, Word 文档 … */
		public String title() {
			return title;
		}

		@Override
		public boolean showsFindings() {
			return this == REVIEW;
		}

		@Override
		public boolean binary() {
			return this == DOCX || this == PDF;
		}

		/** The text of a text document; a binary document has none ({@link #bytes}). */
		@Override
		public String render(PublishedReport report, List<ReviewFinding> findings) {
			return switch (this) {
			case TEXT -> new TextRenderer().render(report);
			case HTML -> new HtmlRenderer().render(report);
			case REVIEW -> new HtmlRenderer().renderReview(report, findings);
			case DOCX, PDF -> throw new UnsupportedOperationException(name() + " is binary: bytes()");
			};
		}

		@Override
		public byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
			return switch (this) {
			case DOCX -> new DocxRenderer().render(report);
			case PDF -> pdf(report);
			default -> DocumentKind.super.bytes(report, findings);
			};
		}

		/** The PDF set from the print page (the HTML document). */
		private static byte[] pdf(PublishedReport report) {
			try {
				return PdfRenderer.render(new HtmlRenderer().render(report));
			} catch (PdfRenderer.Failure e) {
				throw new NotMade(e.getMessage());
			}
		}
	}

	/** One rendered document: the bytes of its file. */
	public record Document(DocumentKind kind, byte[] bytes) {

		/** The document as text (the text kinds; a binary document is not text). */
		public String content() {
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/** A document asked for that could not be made, and why (for the user, one line). */
	public record Failed(DocumentKind kind, String message) {
	}

	/**
	 * @param documents the documents made, in the order asked for
	 * @param withheld  the kinds asked for but not made (errors without force, or no report)
	 * @param failed    the kinds asked for that could not be made ({@link NotMade}), in the order asked for
	 * @param errors    the report's errors (an unreadable file counts as one)
	 */
	public record Rendered(List<Document> documents, List<DocumentKind> withheld, List<Failed> failed, int errors) {
	}

	@Inject
	private ReportAnalysis analysis;

	/** The documents of the given kinds for a checked report; force renders despite errors. */
	public Rendered render(CheckedReport checked, List<? extends DocumentKind> kinds, boolean force) {
		List<Document> documents = new ArrayList<>();
		List<DocumentKind> withheld = new ArrayList<>();
		List<Failed> failed = new ArrayList<>();
		int errors = checked.errors();
		Report report = checked.report();
		PublishedReport published = null;
		List<ReviewFinding> findings = null;
		for (DocumentKind kind : kinds) {
			if (report == null || errors > 0 && !force && !kind.showsFindings()) {
				withheld.add(kind);
				continue;
			}
			if (published == null) {
				published = new PublishedReportBuilder().build(analysis.of(report));
				findings = ReviewFinding.of(checked.resource(), checked.issues(), analysis.of(report));
			}
			try {
				documents.add(new Document(kind, kind.bytes(published, findings)));
			} catch (NotMade e) {
				failed.add(new Failed(kind, e.getMessage()));
			}
		}
		return new Rendered(List.copyOf(documents), List.copyOf(withheld), List.copyOf(failed), errors);
	}
}
