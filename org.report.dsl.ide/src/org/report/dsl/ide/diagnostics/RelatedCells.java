package org.report.dsl.ide.diagnostics;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.validation.CulpritData;

/**
 * A failing 勾稽关系's likely wrong cell (the cell the failing relations share) as LSP related
 * information of its diagnostic: when a planted value breaks a row sum and a column sum, both
 * diagnostics on the two totals point at the cell that was changed.
 */
public final class RelatedCells {

	private RelatedCells() {
	}

	/**
	 * Adds the culprit the issue carries (issue data, {@link CulpritData}) to the diagnostic.
	 *
	 * @param uri the document's URI as the client knows it
	 */
	public static Diagnostic add(Diagnostic diagnostic, Issue issue, String uri) {
		CulpritData culprit = CulpritData.of(issue.getData());
		if (culprit == null || uri == null) {
			return diagnostic;
		}
		Range range = new Range(new Position(culprit.line() - 1, culprit.column() - 1),
				new Position(culprit.endLine() - 1, culprit.endColumn() - 1));
		diagnostic.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location(uri, range), culprit.message())));
		return diagnostic;
	}
}
