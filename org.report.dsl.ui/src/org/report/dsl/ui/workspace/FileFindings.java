package org.report.dsl.ui.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.standalone.SourceText;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.PreviousReportChanges;
import org.report.dsl.ui.model.ReportParsing;
import org.report.dsl.ui.validation.Problem;

/**
 * The findings of a report file as it is on disk: its content read strictly as UTF-8, parsed and
 * checked as the editor does ({@link ReportParsing}). A file that cannot be read, or is not UTF-8,
 * gets one finding that says so instead.
 */
final class FileFindings {

	/** What one file says: its problems, and the previous year's report it names (or null). */
	record Findings(List<Problem> problems, URI previous) {
	}

	static final String IO = "IO";

	private final ReportParsing parsing = new ReportParsing();

	Findings of(IFile file, CancelIndicator cancel) {
		byte[] bytes;
		try (InputStream in = file.getContents(true)) {
			bytes = in.readAllBytes();
		} catch (CoreException | IOException e) {
			return unreadable(IO, "无法读取文件：" + e.getMessage(), 1);
		}
		SourceText.Reading reading = SourceText.read(bytes);
		if (!reading.ok()) {
			return unreadable(SourceText.ENCODING, reading.problem(), reading.line());
		}
		ParsedReport parsed = parsing.parse(0, reading.text(), uriOf(file), cancel);
		URI previous = parsed.report() == null ? null : PreviousLink.target(parsed.report());
		return new Findings(Problem.of(parsed.issues()), previous);
	}

	/** As the editor names the file, so that 上年 resolves the same way. */
	private static URI uriOf(IFile file) {
		return file.getLocation() != null ? PreviousReportChanges.uriOf(file)
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	private static Findings unreadable(String code, String message, int line) {
		return new Findings(List.of(new Problem(IMarker.SEVERITY_ERROR, code, message, line, 0, 0, null)), null);
	}
}
