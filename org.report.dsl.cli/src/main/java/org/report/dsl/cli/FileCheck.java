package org.report.dsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.standalone.ReportLoader;

/**
 * One file read, parsed and validated: what both {@code validate} and {@code render} start from.
 *
 * @param resource null when the file could not be read
 * @param issues   the validator's issues (empty when unreadable)
 * @param findings the issues as command-line findings, or the reason the file could not be read
 */
record FileCheck(Path file, XtextResource resource, List<Issue> issues, List<CliFinding> findings) {

	static FileCheck of(ReportLoader loader, Path file) {
		ReportLoader.Loaded loaded = loader.load(file);
		if (loaded instanceof ReportLoader.Unreadable u) {
			return new FileCheck(file, null, List.of(),
					List.of(new CliFinding(file.toString(), u.line(), u.column(), "error", u.code(), u.message())));
		}
		XtextResource resource = ((ReportLoader.Parsed) loaded).resource();
		List<Issue> issues = loader.validate(resource);
		List<CliFinding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			findings.add(IssueConversion.toFinding(file.toString(), issue));
		}
		return new FileCheck(file, resource, issues, findings);
	}

	boolean unreadable() {
		return resource == null;
	}

	boolean hasErrors() {
		return findings.stream().anyMatch(CliFinding::isError);
	}
}
