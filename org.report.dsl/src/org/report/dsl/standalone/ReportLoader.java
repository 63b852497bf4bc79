package org.report.dsl.standalone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.report.dsl.format.Rule;

/**
 * From bytes to a checked report ({@link CheckedReport}): the one path that the command line, the
 * Eclipse editor, the workspace validation, Eclipse Render, benchmarks and build integrations share
 * (strict UTF-8 with a BOM dropped, binary refused, parse, validate; see {@link #check}). The language
 * server and 上年 links load files through the resource set, whose {@link ReportResource} decodes
 * them with the same {@link SourceText}. Each file gets its own resource set (with its previous-year
 * report, if it names one), so a batch holds no more than one report at a time.
 */
public class ReportLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** A file that was read and parsed, or why it could not be read. */
	public sealed interface Loaded permits Parsed, Unreadable {
	}

	public record Parsed(XtextResource resource) implements Loaded {
	}

	/**
	 * @param rule {@link Rule#ENCODING} or {@link Rule#IO}
	 */
	public record Unreadable(Rule rule, String message, int line, int column) implements Loaded {

		/** The rule's id, as users see it. */
		public String code() {
			return rule.id();
		}

		/** As a validation issue: an error at the problem's line and column (for an editor's problems). */
		public Issue toIssue() {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSeverity(Severity.ERROR);
			issue.setCode(rule.id());
			issue.setMessage(message);
			issue.setLineNumber(line);
			issue.setColumn(column);
			issue.setOffset(0);
			issue.setLength(0);
			return issue;
		}
	}

	public Loaded load(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException | SecurityException e) {
			return notRead(e);
		}
		SourceText.Reading reading = SourceText.read(bytes);
		Unreadable problem = problemOf(reading);
		return problem != null ? problem : new Parsed(parse(file, reading.text()));
	}

	/** Why a file could not be read at all (code {@link #IO}). */
	private static Unreadable notRead(Exception e) {
		return new Unreadable(Rule.IO, "无法读取文件：" + IoMessages.reading(e), 1, 1);
	}

	/** Where the bytes of a report come from: a file, a workspace resource. */
	@FunctionalInterface
	public interface Source {
		byte[] read() throws Exception;
	}

	/** A file read, parsed and checked (every check, cross-year ones included). */
	public CheckedReport check(Path file) {
		return check(() -> Files.readAllBytes(file), uriOf(file), CancelIndicator.NullImpl);
	}

	/**
	 * The bytes of a source read and checked as the content at the given URI; a source that cannot be
	 * read (whatever the reason) gives an unreadable report with code {@link #IO}.
	 */
	public CheckedReport check(Source source, URI uri, CancelIndicator cancel) {
		byte[] bytes;
		try {
			bytes = source.read();
		} catch (Exception e) {
			return CheckedReport.unreadable(notRead(e));
		}
		return check(bytes, uri, cancel);
	}

	/**
	 * The bytes of a report file checked as the content at the given URI: refused (with the position
	 * and message of {@link SourceText#read}) when not UTF-8 text, else parsed and checked.
	 */
	public CheckedReport check(byte[] bytes, URI uri, CancelIndicator cancel) {
		SourceText.Reading reading = SourceText.read(bytes);
		Unreadable problem = problemOf(reading);
		return problem != null ? CheckedReport.unreadable(problem) : check(reading.text(), uri, cancel);
	}

	/**
	 * Text (already decoded, as an editor holds it) parsed and checked as the content at the given
	 * URI; stops early (with fewer findings) when cancelled.
	 */
	public CheckedReport check(String text, URI uri, CancelIndicator cancel) {
		XtextResource resource = parse(uri, text);
		List<Issue> issues = cancel.isCanceled() ? List.of() : validate(resource, cancel);
		return new CheckedReport(text, resource, issues, null);
	}

	/**
	 * A resource already parsed (as an Xtext build hands it to a generator) checked as {@link #check}
	 * checks text: every check, cross-year ones included; a resource whose bytes were not UTF-8 text is
	 * unreadable (with the position and message of {@link SourceText#read}). Stops early (with fewer
	 * findings) when cancelled.
	 */
	public CheckedReport check(XtextResource resource, CancelIndicator cancel) {
		if (resource instanceof ReportResource r && r.unreadable() != null) {
			return CheckedReport.unreadable(r.unreadable());
		}
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		List<Issue> issues = cancel.isCanceled() ? List.of() : validate(resource, cancel);
		return new CheckedReport(text, resource, issues, null);
	}

	/** Why the bytes are no report text (not UTF-8, binary), or null when they are. */
	public static Unreadable refusal(byte[] bytes) {
		return problemOf(SourceText.read(bytes));
	}

	private static Unreadable problemOf(SourceText.Reading reading) {
		return reading.ok() ? null
				: new Unreadable(Rule.ENCODING, reading.problem(), reading.line(), reading.column());
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Parses text as the content of the given file (whose folder relative links resolve against). */
	public XtextResource parse(Path file, String text) {
		return parse(uriOf(file), text);
	}

	/**
	 * Parses text as the content at the given URI, in a resource set of its own: the previous-year
	 * report it names (上年) is read as it is now, relative to that URI.
	 */
	public XtextResource parse(URI uri, String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			if (resource instanceof ReportResource) { // the text as it is, not encoded to be decoded again
				resource.load(new ByteArrayInputStream(new byte[0]),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8", ReportResource.OPTION_TEXT, text));
			} else {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			}
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		return resource;
	}

	public List<Issue> validate(XtextResource resource) {
		return validate(resource, CancelIndicator.NullImpl);
	}

	/** Every check, cross-year ones included; stops early (with fewer findings) when cancelled. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return validator.validate(resource, CheckMode.ALL, cancel);
	}
}
