package org.report.dsl.ide.codeaction;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/** The repair of one kind of finding; none when the finding has no single obvious repair. */
interface QuickFix {
	List<CodeAction> fix(FixContext context, Diagnostic diagnostic);
}
