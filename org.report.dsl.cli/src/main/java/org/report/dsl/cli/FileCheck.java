package org.report.dsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;

/**
 * One file read, parsed and validated ({@link ReportLoader#check}): what both {@code validate} and
 * {@code render} start from, with its findings as the command line prints them.
 *
 * @param checked  the report as checked, or why it could not be read
 * @param findings the issues as command-line findings, or the reason the file could not be read
 */
record FileCheck(Path file, CheckedReport checked, List<CliFinding> findings) {

	static FileCheck of(ReportLoader loader, Path file) {
		CheckedReport checked = loader.check(file);
		if (!checked.readable()) {
			ReportLoader.Unreadable u = checked.unreadable();
			return new FileCheck(file, checked,
					List.of(CliFinding.of(file.toString(), u.line(), u.column(), u.rule(), u.message())));
		}
		List<CliFinding> findings = new ArrayList<>();
		for (Issue issue : checked.issues()) {
			findings.add(IssueConversion.toFinding(file.toString(), issue));
		}
		return new FileCheck(file, checked, findings);
	}

	/** Null when the file could not be read. */
	XtextResource resource() {
		return checked.resource();
	}

	/** The validator's issues (empty when unreadable). */
	List<Issue> issues() {
		return checked.issues();
	}

	boolean unreadable() {
		return !checked.readable();
	}

	boolean hasErrors() {
		return findings.stream().anyMatch(CliFinding::isError);
	}
}
