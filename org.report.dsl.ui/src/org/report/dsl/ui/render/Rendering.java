package org.report.dsl.ui.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportParsing;

/**
 * Render a report file next to itself, named as {@code reportdsl render} names them: the official
 * text (.txt), the print-ready page (.html) and the review page with findings (.review.html). A report
 * with errors gets only the review page.
 */
public final class Rendering {

	public record Result(List<IFile> written, int errors) {
	}

	private Rendering() {
	}

	public static Result render(IFile file, IProgressMonitor monitor) throws CoreException {
		String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
		ParsedReport parsed = new ReportParsing().parse(0, text,
				URI.createFileURI(file.getLocation().toFile().getAbsolutePath()), monitor::isCanceled);
		int errors = (int) parsed.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		List<IFile> written = new ArrayList<>();
		if (parsed.report() == null) {
			return new Result(written, Math.max(errors, 1));
		}
		PublishedReport published = new PublishedReportBuilder()
				.build(ReportUi.injector().getInstance(ReportAnalysis.class).of(parsed.report()));
		HtmlRenderer html = new HtmlRenderer();
		if (errors == 0) {
			written.add(write(file, ".txt", new TextRenderer().render(published), monitor));
			written.add(write(file, ".html", html.render(published), monitor));
		}
		written.add(write(file, ".review.html",
				html.renderReview(published, ReviewFinding.of(parsed.resource(), parsed.issues())), monitor));
		return new Result(written, errors);
	}

	private static IFile write(IFile source, String ending, String document, IProgressMonitor monitor)
			throws CoreException {
		String base = source.getName().substring(0, source.getName().length() - ".report".length());
		IFile target = source.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(base + ending));
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		if (target.exists()) {
			target.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
		} else {
			target.create(new ByteArrayInputStream(bytes), IResource.NONE, monitor);
			target.setCharset(StandardCharsets.UTF_8.name(), monitor);
		}
		return target;
	}
}
