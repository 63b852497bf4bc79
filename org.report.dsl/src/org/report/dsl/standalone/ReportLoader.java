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
		SourceText.Decoded decoded = SourceText.decode(bytes);
		if (!decoded.ok()) {
			return new Unreadable("ENCODING", "文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", decoded.badLine(),
					decoded.badColumn());
		}
		if (SourceText.looksBinary(decoded.text())) {
			return new Unreadable("ENCODING", "这是二进制文件，不是 .report 文本", 1, 1);
		}
		return new Parsed(parse(file, decoded.text()));
	}

	/** Parses text as the content of the given file (whose folder relative links resolve against). */
	public XtextResource parse(Path file, String text) {
		XtextResourceSet set = resourceSets.get();
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
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
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
