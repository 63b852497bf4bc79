package org.report.dsl.ui.workspace;

import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.model.PreviousReportChanges;
import org.report.dsl.ui.validation.Problem;

/**
 * The findings of a report file as it is on disk: read, parsed and checked as the command line and
 * the editor do ({@link ReportLoader#check}). A file that cannot be read, or is not UTF-8 text, gets
 * one finding that says so instead.
 */
final class FileFindings {

	/** What one file says: its problems, and the previous year's report it names (or null). */
	record Findings(List<Problem> problems, URI previous) {
	}

	private final ReportLoader loader = ReportUi.injector().getInstance(ReportLoader.class);

	Findings of(IFile file, CancelIndicator cancel) {
		CheckedReport checked = loader.check(() -> {
			try (InputStream in = file.getContents(true)) {
				return in.readAllBytes();
			}
		}, uriOf(file), cancel);
		if (!checked.readable()) {
			ReportLoader.Unreadable u = checked.unreadable();
			return new Findings(
					List.of(new Problem(IMarker.SEVERITY_ERROR, u.rule(), u.message(), u.line(), 0, 0, null)), null);
		}
		URI previous = checked.report() == null ? null : PreviousLink.target(checked.report());
		return new Findings(Problem.of(checked.issues()), previous);
	}

	/** As the editor names the file, so that 上年 resolves the same way. */
	private static URI uriOf(IFile file) {
		return file.getLocation() != null ? PreviousReportChanges.uriOf(file)
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}
}
