package org.report.dsl.standalone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads and validates report files outside any editor: the one standalone path that the command
 * line, benchmarks and build integrations share. Each file gets its own resource set (with its
 * previous-year report, if it names one), so a batch holds no more than one report at a time.
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
	 * @param code ENCODING or IO
	 */
	public record Unreadable(String code, String message, int line, int column) implements Loaded {
	}

	public Loaded load(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException | SecurityException e) {
			return new Unreadable("IO", "无法读取文件：" + e.getClass().getSimpleName() + " " + e.getMessage(), 1, 1);
		}
		SourceText.Reading reading = SourceText.read(bytes);
		if (!reading.ok()) {
			return new Unreadable(SourceText.ENCODING, reading.problem(), reading.line(), reading.column());
		}
		return new Parsed(parse(file, reading.text()));
	}

	/** Parses text as the content of the given file (whose folder relative links resolve against). */
	public XtextResource parse(Path file, String text) {
		return parse(URI.createFileURI(file.toAbsolutePath().normalize().toString()), text);
	}

	/**
	 * Parses text as the content at the given URI, in a resource set of its own: the previous-year
	 * report it names (上年) is read as it is now, relative to that URI.
	 */
	public XtextResource parse(URI uri, String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
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
