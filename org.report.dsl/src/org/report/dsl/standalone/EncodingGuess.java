package org.report.dsl.standalone;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** What bytes that are not a UTF-8 report most likely are, for a message that does not mislead. */
final class EncodingGuess {

	static final String UTF16 = "文件是 UTF-16 编码：请另存为 UTF-8";
	static final String BINARY = "这是二进制文件，不是 .report 文本";
	static final String GBK = "文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8";
	static final String UNKNOWN = "文件不是 UTF-8 编码（编码无法识别）：请另存为 UTF-8";

	private static final int SAMPLE = 8192;

	private EncodingGuess() {
	}

	/** UTF-16: a UTF-16 byte order mark, or NUL bytes in every other position (Latin text). */
	static boolean isUtf16(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
				|| bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
			return true;
		}
		int n = Math.min(bytes.length, SAMPLE) & ~1;
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < n; i += 2) {
			evenNul += bytes[i] == 0 ? 1 : 0;
			oddNul += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = n / 2;
		return pairs >= 2 && (evenNul * 10 > pairs * 3 && oddNul * 20 < pairs
				|| oddNul * 10 > pairs * 3 && evenNul * 20 < pairs);
	}

	/** Binary: NUL bytes, or more than one byte in twenty a control byte other than tab and line ends. */
	static boolean isBinary(byte[] bytes) {
		int n = Math.min(bytes.length, SAMPLE);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7F) {
				control++;
			}
		}
		return n > 0 && control * 20 > n;
	}

	/** Why bytes that are not UTF-8 cannot be read. */
	static String notUtf8(byte[] bytes) {
		if (isUtf16(bytes)) {
			return UTF16;
		}
		if (isBinary(bytes)) {
			return BINARY;
		}
		return isGb18030(bytes) ? GBK : UNKNOWN;
	}

	private static boolean isGb18030(byte[] bytes) {
		try {
			Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}
}
