package org.report.dsl.standalone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.report.dsl.format.Rule;

/**
 * A report resource that decodes its bytes as every front end does ({@link SourceText}: strict UTF-8,
 * a BOM dropped): a file the language server or the index loads from disk, or a previous year's report
 * (上年), that is not UTF-8 is refused as the command line refuses it — one error at the first byte
 * that is not UTF-8, with the same code ({@link Rule#ENCODING}) and message — instead of being
 * parsed as mojibake. Whether the bytes of a file are binary is decided before, where files are read
 * ({@link ReportLoader#check}); text an editor holds is always UTF-8.
 */
public class ReportResource extends LazyLinkingResource {

	/**
	 * Load option: the report's text, already decoded by {@link ReportLoader} (strictly, as above). It is
	 * parsed as it is and the stream is not read: the bytes are not encoded and decoded again per load.
	 */
	public static final String OPTION_TEXT = ReportResource.class.getName() + ".text";

	/** Why the bytes last loaded are not report text, or null. */
	private ReportLoader.Unreadable unreadable;

	/** The text given with {@link #OPTION_TEXT} while it is being loaded, else null. */
	private String text;

	/** Why the bytes this resource was loaded from are not report text, or null when they are. */
	public ReportLoader.Unreadable unreadable() {
		return unreadable;
	}

	@Override
	protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		if (options != null && options.get(OPTION_TEXT) instanceof String given) {
			unreadable = null;
			text = given.startsWith("\uFEFF") ? given.substring(1) : given; // as decoding drops a BOM
			try {
				super.doLoad(in, options);
			} finally {
				text = null;
			}
			return;
		}
		byte[] bytes = in.readAllBytes();
		SourceText.Decoded decoded = SourceText.decode(bytes);
		if (decoded.ok()) {
			unreadable = null;
		} else {
			SourceText.Reading reading = SourceText.read(bytes);
			unreadable = new ReportLoader.Unreadable(Rule.ENCODING, reading.problem(), reading.line(),
					reading.column());
		}
		byte[] text = decoded.ok() ? decoded.text().getBytes(StandardCharsets.UTF_8) : new byte[0];
		Map<Object, Object> utf8 = options == null ? new HashMap<>() : new HashMap<>(options);
		utf8.put(OPTION_ENCODING, StandardCharsets.UTF_8.name());
		super.doLoad(new ByteArrayInputStream(text), utf8);
	}

	/** The text of {@link #OPTION_TEXT} when one is given, else the stream's bytes as UTF-8. */
	@Override
	protected Reader createReader(InputStream in) throws IOException {
		return text != null ? new StringReader(text) : super.createReader(in);
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		unreadable = null;
		super.update(offset, replacedTextLength, newText);
	}

	@Override
	protected void doUnload() {
		unreadable = null;
		super.doUnload();
	}

	/** An unreadable file has one error, saying why, instead of the syntax errors of no text. */
	@Override
	protected void addSyntaxErrors() {
		if (unreadable == null) {
			super.addSyntaxErrors();
		} else {
			getErrors().add(new NotText(unreadable));
		}
	}

	/** The error of bytes that are not report text, at the position of the problem. */
	private static final class NotText extends AbstractDiagnostic {
		private final ReportLoader.Unreadable why;

		NotText(ReportLoader.Unreadable why) {
			this.why = why;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return why.code();
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return why.message();
		}

		@Override
		public int getLine() {
			return why.line();
		}

		@Override
		public int getColumn() {
			return why.column();
		}

		@Override
		public int getLineEnd() {
			return why.line();
		}

		@Override
		public int getColumnEnd() {
			return why.column();
		}

		@Override
		public int getOffset() {
			return 0;
		}

		@Override
		public int getLength() {
			return 0;
		}

		@Override
		public String getLocation() {
			return null;
		}

		@Override
		public URI getUriToProblem() {
			return null;
		}
	}
}
