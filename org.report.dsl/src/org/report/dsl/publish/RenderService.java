package org.report.dsl.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.CheckedReport;

import com.google.inject.Inject;

/**
 * Renders a checked report as the documents an office publishes (生成发布文档): the one rendering path
 * of the command line ({@code reportdsl render}) and of Eclipse Render. A report with errors gets only
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

		/** The document as written to a file: the text in UTF-8, unless the kind is binary (Word). */
		default byte[] bytes(PublishedReport report, List<ReviewFinding> findings) {
			return render(report, findings).getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The documents every front end writes. */
	public enum Documents implements DocumentKind {
		/** 正式文本 */
		TEXT(".txt"),
		/** 打印版网页 */
		HTML(".html"),
		/** 审阅页（问题标注在原处） */
		REVIEW(".review.html");

		private final String extension;

		Documents(String extension) {
			this.extension = extension;
		}

		@Override
		public String extension() {
			return extension;
		}

		@Override
		public boolean showsFindings() {
			return this == REVIEW;
		}

		@Override
		public String render(PublishedReport report, List<ReviewFinding> findings) {
			return switch (this) {
			case TEXT -> new TextRenderer().render(report);
			case HTML -> new HtmlRenderer().render(report);
			case REVIEW -> new HtmlRenderer().renderReview(report, findings);
			};
		}
	}

	/** One rendered document: the bytes of its file. */
	public record Document(DocumentKind kind, byte[] bytes) {

		/** The document as text (the text kinds; a binary document is not text). */
		public String content() {
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/**
	 * @param documents the documents made, in the order asked for
	 * @param withheld  the kinds asked for but not made (errors without force, or no report)
	 * @param errors    the report's errors (an unreadable file counts as one)
	 */
	public record Rendered(List<Document> documents, List<DocumentKind> withheld, int errors) {
	}

	@Inject
	private ReportAnalysis analysis;

	/** The documents of the given kinds for a checked report; force renders despite errors. */
	public Rendered render(CheckedReport checked, List<? extends DocumentKind> kinds, boolean force) {
		List<Document> documents = new ArrayList<>();
		List<DocumentKind> withheld = new ArrayList<>();
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
			documents.add(new Document(kind, kind.bytes(published, findings)));
		}
		return new Rendered(List.copyOf(documents), List.copyOf(withheld), errors);
	}
}
