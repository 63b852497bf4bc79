package org.report.dsl.standalone;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a source file strictly as UTF-8 (a BOM is dropped) and says where it is not. */
public final class SourceText {

	/** Decoded text, or the 1-based position of the first byte that is not UTF-8. */
	public record Decoded(String text, int badLine, int badColumn) {
		public boolean ok() {
			return text != null;
		}
	}

	/**
	 * Source text fit to parse, or why the bytes are not (code {@link #ENCODING}), with the 1-based
	 * position of the problem.
	 */
	public record Reading(String text, String problem, int line, int column) {
		public boolean ok() {
			return text != null;
		}
	}

	private SourceText() {
	}

	/** The bytes of a .report file as text: UTF-8 (a BOM dropped), not binary. */
	public static Reading read(byte[] bytes) {
		if (EncodingGuess.isUtf16(bytes)) {
			return new Reading(null, EncodingGuess.UTF16, 1, 1);
		}
		Decoded decoded = decode(bytes);
		if (!decoded.ok()) {
			String why = EncodingGuess.notUtf8(bytes);
			return why == EncodingGuess.BINARY ? new Reading(null, why, 1, 1)
					: new Reading(null, why, decoded.badLine(), decoded.badColumn());
		}
		if (looksBinary(decoded.text())) {
			return new Reading(null, EncodingGuess.BINARY, 1, 1);
		}
		return new Reading(lineEnds(decoded.text()), null, 0, 0);
	}

	/**
	 * A lone CR (old Mac line ends) becomes LF, so that it ends a line as LF and CRLF do; the length,
	 * and so every offset, stays the same.
	 */
	static String lineEnds(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new String(chars);
	}

	public static Decoded decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
			return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, 0, 0);
		} catch (CharacterCodingException e) {
			return badPosition(bytes);
		}
	}

	private static Decoded badPosition(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		out.flip();
		int line = 1, column = 1;
		while (out.hasRemaining()) {
			char c = out.get();
			if (c == '\r' && out.hasRemaining() && out.get(out.position()) == '\n') {
				continue;
			}
			if (c == '\n' || c == '\r') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new Decoded(null, line, column);
	}

	/** Whether the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
	public static boolean looksBinary(String text) {
		int control = 0;
		int n = Math.min(text.length(), 8192);
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				control++;
			}
		}
		return n > 0 && control * 20 > n;
	}
}
