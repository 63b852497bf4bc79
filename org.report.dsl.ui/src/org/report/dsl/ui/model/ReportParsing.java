package org.report.dsl.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.ui.ReportUi;

import com.google.inject.Injector;

/**
 * Text to {@link ParsedReport}: parse in a fresh resource set (so the previous year's report named by
 * 上年 is read as it is now, relative to {@code uri}) and run every check, cross-year ones included.
 */
public final class ReportParsing {

	private final Injector injector = ReportUi.injector();

	public ParsedReport parse(long version, String text, URI uri, CancelIndicator cancel) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		List<Issue> issues = cancel.isCanceled() ? List.of()
				: injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
		return new ParsedReport(version, text, resource, List.copyOf(issues));
	}
}
