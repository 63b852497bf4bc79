package org.report.dsl.generator;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.DocumentKind;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;

import com.google.inject.Inject;

/**
 * Generation on save (保存时生成), as Xtext languages generate: writes the documents a project chooses
 * (default the official text and the print-ready HTML, {@link ReportGeneratorContext}) into the output
 * folder of the file system access, named as {@code reportdsl render -o} names them (X.report becomes
 * X.txt, X.html, X.review.html, X.docx, X.pdf). The report is checked by {@link ReportLoader} and rendered by the one
 * {@link RenderService}: a report with errors gets no document but the review page (审阅页), which is
 * then written even when not chosen, so that a save always shows where the errors are; documents of
 * the known kinds that this run did not make (withheld, no longer chosen, a review page after the
 * errors were fixed) are deleted, so that the output folder never holds a document of an older text.
 */
public class ReportGenerator implements IGenerator2 {

	@Inject
	private ReportLoader loader;

	@Inject
	private RenderService renderService;

	@Override
	public void beforeGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		// nothing to prepare: each report is generated on its own
	}

	@Override
	public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (input instanceof XtextResource resource) {
			CancelIndicator cancel = cancelOf(context);
			generate(loader.check(resource, cancel), baseName(input), fsa, context);
		}
	}

	@Override
	public void afterGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		// nothing to finish
	}

	/**
	 * Writes the documents of a report checked by {@link ReportLoader} (the Eclipse builder reads the
	 * file's bytes with {@link ReportLoader#check(ReportLoader.Source, org.eclipse.emf.common.util.URI,
	 * CancelIndicator)}); {@code baseName} is the report's file name without {@code .report}. Nothing is
	 * written or deleted when the context is cancelled (the check may then have stopped early).
	 *
	 * @return what was made, or null when cancelled; a document that could not be made (a PDF without a
	 *         Chinese font) is in {@link RenderService.Rendered#failed()}, for the caller to report, and its
	 *         older file is deleted like any document not made
	 */
	public RenderService.Rendered generate(CheckedReport checked, String baseName, IFileSystemAccess2 fsa,
			IGeneratorContext context) {
		CancelIndicator cancel = cancelOf(context);
		if (cancel.isCanceled()) {
			return null;
		}
		List<DocumentKind> kinds = new ArrayList<>(ReportGeneratorContext.documentsOf(context));
		if (checked.errors() > 0 && !kinds.contains(Documents.REVIEW)) {
			kinds.add(Documents.REVIEW);
		}
		RenderService.Rendered rendered = renderService.render(checked, kinds, false);
		if (cancel.isCanceled()) {
			return null;
		}
		Set<String> made = new LinkedHashSet<>();
		for (RenderService.Document document : rendered.documents()) {
			String name = baseName + document.kind().extension();
			fsa.generateFile(name, IFileSystemAccess.DEFAULT_OUTPUT, new ByteArrayInputStream(document.bytes()));
			made.add(name);
		}
		Set<DocumentKind> stale = new LinkedHashSet<>(List.of(Documents.values()));
		stale.addAll(kinds);
		for (DocumentKind kind : stale) {
			String name = baseName + kind.extension();
			if (!made.contains(name)) {
				fsa.deleteFile(name, IFileSystemAccess.DEFAULT_OUTPUT);
			}
		}
		return rendered;
	}

	/** The report's file name without its extension: {@code 2024.report} gives {@code 2024}. */
	public static String baseName(Resource input) {
		String name = input.getURI().lastSegment();
		name = name == null ? "report" : org.eclipse.emf.common.util.URI.decode(name);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static CancelIndicator cancelOf(IGeneratorContext context) {
		return context == null || context.getCancelIndicator() == null ? CancelIndicator.NullImpl
				: context.getCancelIndicator();
	}
}
