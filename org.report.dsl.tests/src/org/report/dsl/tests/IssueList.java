package org.report.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Validates a report and renders every issue, syntax errors included, as one line
 * {@code SEVERITY CODE LINE:COL message}, sorted by position and joined with "\n", so that a test
 * compares the whole outcome with one assertEquals.
 */
public class IssueList {

	private static int counter;

	@Inject
	private ParseHelper<Report> parser;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** A fresh resource set that reads files as UTF-8. */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return set;
	}

	/** Parses the text (UTF-8, exactly these characters) into a new resource of a new resource set. */
	public Resource parse(String source) {
		return parse(source.getBytes(StandardCharsets.UTF_8));
	}

	/** Parses the bytes (UTF-8) into a new resource of a new resource set. */
	public Resource parse(byte[] source) {
		XtextResourceSet set = newResourceSet();
		URI uri = URI.createURI("test" + (++counter) + ".report");
		try {
			parser.parse(new ByteArrayInputStream(source), uri,
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()), set);
		} catch (Exception e) {
			throw new AssertionError("parsing threw " + e, e);
		}
		return set.getResource(uri, false);
	}

	/** Loads a file through the given resource set (a file URI, so relative 上年 paths resolve). */
	public Resource load(XtextResourceSet set, Path file) {
		return set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	/** The issues of the text, one line each. */
	public String of(String source) {
		return of(parse(source));
	}

	/** The issues of the bytes (UTF-8), one line each. */
	public String of(byte[] source) {
		return of(parse(source));
	}

	/** The issues of a file, loaded through a new resource set. */
	public String of(Path file) throws IOException {
		return of(load(newResourceSet(), file));
	}

	/** The issues of a loaded resource, one line each. */
	public String of(Resource resource) {
		return render(issues(resource));
	}

	/** The issues of the text without their messages: {@code SEVERITY CODE LINE:COL} per line. */
	public String codes(String source) {
		return issues(parse(source)).stream()
				.map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn())
				.collect(Collectors.joining("\n"));
	}

	/** The issues of a resource, sorted by position (stable for issues at the same place). */
	public List<Issue> issues(Resource resource) {
		List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
				.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
		return issues;
	}

	public static String render(List<Issue> issues) {
		return issues.stream().map(IssueList::line).collect(Collectors.joining("\n"));
	}

	public static String line(Issue i) {
		return i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + " "
				+ i.getMessage();
	}
}
