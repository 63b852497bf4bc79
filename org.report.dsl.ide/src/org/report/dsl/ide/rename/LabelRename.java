package org.report.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.ide.source.LabelSource;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;

/**
 * Rename applies to how a row or column is named: renaming 新收 to 本年新收 (another name of the same
 * row) rewrites the row's label in its table and the row part of every narrative reference to it.
 * A name that does not denote the same row or column is refused.
 */
public class LabelRename implements IRenameService2 {

	@Inject
	private ReportAnalysis analysis;

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return read(options.getLanguageServerAccess(), uri, (document, resource, report) -> {
			NameSite site = NameSite.at(analysis.of(report), resource, document.getOffSet(options.getParams().getPosition()));
			if (site == null) {
				return null;
			}
			Range range = new Range(document.getPosition(site.offset()), document.getPosition(site.end()));
			return Either3.forSecond(new PrepareRenameResult(range, site.written()));
		});
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		return read(options.getLanguageServerAccess(), uri, (document, resource, report) -> {
			var data = analysis.of(report);
			NameSite site = NameSite.at(data, resource, document.getOffSet(options.getRenameParams().getPosition()));
			if (site == null) {
				return null;
			}
			String newName = options.getRenameParams().getNewName().strip();
			if (!site.sameThing(data, newName)) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
						"「" + newName + "」不是「" + site.official() + "」的名称；只能改用同一行或列的正式标签或简称", null));
			}
			List<TextEdit> edits = new ArrayList<>();
			for (NameSite other : NameSite.all(data, resource)) {
				if (other.sameTarget(site)) {
					String text = other.inReference() ? newName : LabelSource.of(newName);
					edits.add(new TextEdit(new Range(document.getPosition(other.offset()), document.getPosition(other.end())),
							text));
				}
			}
			return new WorkspaceEdit(Map.of(uri, edits));
		});
	}

	private interface Work<T> {
		T run(Document document, XtextResource resource, Report report);
	}

	private static <T> T read(org.eclipse.xtext.ide.server.ILanguageServerAccess access, String uri, Work<T> work) {
		return access.doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource) || resource.getContents().isEmpty()) {
				return null;
			}
			EObject root = resource.getContents().get(0);
			return root instanceof Report report ? work.run(context.getDocument(), resource, report) : null;
		});
	}
}
