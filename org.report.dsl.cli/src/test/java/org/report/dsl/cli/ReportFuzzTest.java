package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.format.Rule;
import org.report.dsl.publish.RenderService;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the one path from bytes to documents (issue 14, Fuzzing): any bytes, read as a
 * .report file, are checked ({@link ReportLoader#check}) and rendered to every format of the command
 * line without an uncaught exception. Seeds: src/test/resources/org/report/dsl/cli/ReportFuzzTestInputs
 * (the examples, the bad inputs of issue 14, findings of long runs); see docs/fuzzing.md.
 */
class ReportFuzzTest {

	private static final URI URI_OF_INPUT = URI.createFileURI("/fuzz/input.report");

	/** Parse + validate: readable or not, never a throw; an unreadable input says why. */
	@FuzzTest
	void parseAndValidate(byte[] data) {
		FuzzLimits.within2s("check", () -> {
			CheckedReport checked = Languages.loader().check(data, URI_OF_INPUT, CancelIndicator.NullImpl);
			if (checked.readable()) {
				assertNotNull(checked.resource());
				checked.issues().forEach(issue -> assertNotNull(issue.getMessage()));
				// a check that threw is a finding of its own: none may
				checked.issues().forEach(issue -> assertNotEquals(Rule.INTERNAL.id(), issue.getCode(), issue.getMessage()));
			} else {
				assertTrue(checked.unreadable().line() >= 1, "line of an unreadable input");
			}
		});
	}

	/** Render to every format (forced, so that reports with errors are rendered too). */
	@FuzzTest
	void renderEveryFormat(byte[] data) {
		FuzzLimits.within2s("check + render", () -> {
			CheckedReport checked = Languages.loader().check(data, URI_OF_INPUT, CancelIndicator.NullImpl);
			List<DocumentFormat> formats = Arrays.stream(DocumentFormat.values()).filter(f -> !f.longFormat() && f != DocumentFormat.pdf).toList(); // the long format is written by LongFormat; pdf lays out the html page (slow, and fonts may be missing: PdfRenderTest)
			RenderService.Rendered rendered = Languages.injector().getInstance(RenderService.class).render(checked,
					formats, true);
			assertEquals(checked.readable() ? formats.size() : 0,
					rendered.documents().size() + (checked.readable() ? rendered.withheld().size() : 0));
			rendered.documents().forEach(d -> assertNotNull(d.content()));
		});
	}
}
