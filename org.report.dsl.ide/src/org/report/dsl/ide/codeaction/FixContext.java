package org.report.dsl.ide.codeaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.format.Rule;
import org.report.dsl.model.ReportData;

import com.google.gson.JsonArray;

/** What a quick fix works on: the document, its parse, its read form; and how it builds a code action. */
record FixContext(String uri, Document document, XtextResource resource, ReportData data) {

	/** The semantic element at the start of the diagnostic's range. */
	EObject elementAt(Diagnostic diagnostic) {
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	TextEdit replace(INode node, String text) {
		return replace(node.getOffset(), node.getEndOffset(), text);
	}

	TextEdit replace(int from, int to, String text) {
		return new TextEdit(new Range(document.getPosition(from), document.getPosition(to)), text);
	}

	TextEdit insert(int at, String text) {
		return replace(at, at, text);
	}

	CodeAction action(String title, String kind, Diagnostic diagnostic, List<TextEdit> edits) {
		CodeAction action = new CodeAction(title);
		action.setKind(kind);
		if (diagnostic != null) {
			action.setDiagnostics(List.of(diagnostic));
		}
		action.setEdit(new WorkspaceEdit(Map.of(uri, new ArrayList<>(edits))));
		return action;
	}

	CodeAction quickFix(String title, Diagnostic diagnostic, TextEdit... edits) {
		return action(title, CodeActionKind.QuickFix, diagnostic, List.of(edits));
	}

	/** The first issue datum (Xtext puts an issue's data on the diagnostic; JSON-RPC turns it into an array). */
	static String data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] strings && strings.length > 0) {
			return strings[0];
		}
		if (data instanceof JsonArray array && array.size() > 0) {
			return array.get(0).getAsString();
		}
		if (data instanceof List<?> list && !list.isEmpty()) {
			return String.valueOf(list.get(0));
		}
		return null;
	}

	/** The rule of the diagnostic: its code converted at the boundary, by {@link Rule#of(String)}. */
	static Rule rule(Diagnostic diagnostic) {
		return Rule.of(diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
						: String.valueOf(diagnostic.getCode().getRight()));
	}
}
