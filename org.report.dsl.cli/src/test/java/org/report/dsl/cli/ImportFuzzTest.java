package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.ReportImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of {@code import} of published text (issue 14, Fuzzing): any bytes give an outcome and
 * findings, never a throw; a report it writes can be checked again. Seeds:
 * src/test/resources/org/report/dsl/cli/ImportFuzzTestInputs (published texts, excerpts, bad inputs).
 */
class ImportFuzzTest {

	@FuzzTest
	void importText(byte[] data) {
		FuzzLimits.within2s("import", () -> {
			ImportResult result = new ReportImporter().importText("input.txt", data, null);
			assertNotNull(result.outcome());
			result.findings().forEach(f -> assertNotNull(f.message()));
			if (result.outcome() == ImportResult.Outcome.IMPORTED) {
				assertNotNull(Languages.loader().check(result.source(), URI.createFileURI("/fuzz/imported.report"),
						CancelIndicator.NullImpl));
			}
		});
	}
}
