package org.report.dsl.cli;

import java.util.List;

import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;

/**
 * The long format's place among the documents {@link RenderService} makes: it decides, as for any
 * document, whether a report is rendered (errors only with --force), and this kind keeps the report
 * it is given for {@link LongFormat} instead of rendering text.
 */
final class DataCapture implements RenderService.DocumentKind {

	private PublishedReport report;
	private boolean valid;

	@Override
	public String extension() {
		return "";
	}

	@Override
	public boolean showsFindings() {
		return false;
	}

	@Override
	public String render(PublishedReport published, List<ReviewFinding> findings) {
		this.report = published;
		this.valid = findings.stream().noneMatch(ReviewFinding::error);
		return "";
	}

	/** The report rendered since the last call, or null when it was withheld; forgets it. */
	PublishedReport take() {
		PublishedReport taken = report;
		report = null;
		return taken;
	}

	/** Whether the report last rendered has no error. */
	boolean valid() {
		return valid;
	}
}
