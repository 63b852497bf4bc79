package org.report.dsl.importer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.report.dsl.format.Rule;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.standalone.SourceText;

/**
 * Published texts come as UTF-8 and, from older sites and tools, as GB18030/GBK (or UTF-16 with a
 * byte-order mark). Decoding is strict: a byte sequence that is no text in any of these is an error,
 * never a replacement character.
 */
public final class Decoding {

	/**
	 * @param text     the decoded text, or null when the bytes are not text
	 * @param charset  the encoding it was read in
	 * @param problem  why the bytes are not text (when text is null), or a note on the encoding
	 */
	public record Decoded(String text, String charset, ImportFinding problem) {
		public boolean ok() {
			return text != null;
		}
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private Decoding() {
	}

	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			String text = strict(bytes, StandardCharsets.UTF_16);
			return text == null || SourceText.looksBinary(text) ? binary()
					: new Decoded(text.replace("\uFEFF", ""), "UTF-16", note("UTF-16"));
		}
		for (byte b : bytes) {
			if (b == 0) {
				return binary();
			}
		}
		SourceText.Decoded utf8 = SourceText.decode(bytes);
		if (utf8.ok()) {
			return SourceText.looksBinary(utf8.text()) ? binary() : new Decoded(utf8.text(), "UTF-8", null);
		}
		String gb = strict(bytes, GB18030);
		if (gb != null && !SourceText.looksBinary(gb) && mostlyText(gb)) {
			return new Decoded(gb, "GB18030", note("GB18030（GBK）"));
		}
		return new Decoded(null, null, ImportFinding.of(utf8.badLine(), utf8.badColumn(), Rule.ENCODING,
				"文件既不是 UTF-8 也不是 GB18030/GBK 文本（第一个无法识别的字节在此）"));
	}

	private static Decoded binary() {
		return new Decoded(null, null, ImportFinding.of(1, 1, Rule.ENCODING,
				"这是二进制文件，不是报告的文本"));
	}

	private static ImportFinding note(String charset) {
		return ImportFinding.variant(1, 1, Rule.ENCODING,
				"文件不是 UTF-8，已按 " + charset + " 读取；生成的 .report 为 UTF-8");
	}

	private static String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/** Random bytes often decode as GB18030 too; a real report is mostly CJK, ASCII and punctuation. */
	private static boolean mostlyText(String text) {
		int odd = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean usual = c < 0x7F || c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF
					|| c >= 0x2000 && c <= 0x206F;
			if (!usual) {
				odd++;
			}
		}
		return odd * 20 < text.length();
	}

	private static boolean startsWith(byte[] bytes, int a, int b) {
		return bytes.length >= 2 && (bytes[0] & 0xFF) == a && (bytes[1] & 0xFF) == b;
	}
}
