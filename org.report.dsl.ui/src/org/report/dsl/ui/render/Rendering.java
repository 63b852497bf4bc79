package org.report.dsl.ui.render;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.report.dsl.publish.RenderService;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.ui.ReportUi;

/**
 * Render a report file next to itself, named as {@code reportdsl render} names them: the official
 * text (.txt), the print-ready page (.html) and the review page with findings (.review.html). The file
 * is read and checked as the command line reads it ({@link ReportLoader#check}: a file that is not
 * UTF-8 text is refused, nothing is written) and rendered by the same {@link RenderService} (a report
 * with errors gets only the review page). Only the text documents: Word and PDF come from generation on
 * save (Properties › 报告生成).
 */
public final class Rendering {

	/**
	 * @param written    the documents written
	 * @param errors     the report's errors (an unreadable file counts as one)
	 * @param unreadable why the file could not be read as report text, or null
	 */
	public record Result(List<IFile> written, int errors, ReportLoader.Unreadable unreadable) {
	}

	private Rendering() {
	}

	public static Result render(IFile file, IProgressMonitor monitor) throws CoreException {
		CheckedReport checked = check(file, monitor);
		RenderService.Rendered rendered = ReportUi.injector().getInstance(RenderService.class).render(checked,
				Arrays.stream(RenderService.Documents.values()).filter(kind -> !kind.binary()).toList(), false);
		List<IFile> written = new ArrayList<>();
		for (RenderService.Document document : rendered.documents()) {
			written.add(write(file, document.kind().extension(), document.content(), monitor));
		}
		return new Result(written, rendered.errors(), checked.unreadable());
	}

	private static CheckedReport check(IFile file, IProgressMonitor monitor) {
		ReportLoader loader = ReportUi.injector().getInstance(ReportLoader.class);
		URI uri = URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
		return loader.check(() -> {
			try (InputStream in = file.getContents(true)) {
				return in.readAllBytes();
			}
		}, uri, monitor::isCanceled);
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
