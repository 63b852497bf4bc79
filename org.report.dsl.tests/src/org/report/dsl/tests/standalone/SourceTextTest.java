package org.report.dsl.tests.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.report.dsl.standalone.SourceText;

/** Bytes that are not a UTF-8 report are named for what they most likely are: UTF-16, binary, GBK. */
public class SourceTextTest {

	private static final String REPORT = "年报 测试局 2025\n一、总体情况\n";

	private static SourceText.Reading read(byte[] bytes) {
		return SourceText.read(bytes);
	}

	@Test
	public void utf16WithAndWithoutByteOrderMarkIsNamed() {
		SourceText.Reading expected = new SourceText.Reading(null, "文件是 UTF-16 编码：请另存为 UTF-8", 1, 1);
		assertEquals(expected, read(REPORT.getBytes(StandardCharsets.UTF_16)));
		assertEquals(expected, read(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE)));
		assertEquals(expected, read("// comment\nyear 2025\n".getBytes(StandardCharsets.UTF_16LE)));
		assertEquals(expected, read("// comment\nyear 2025\n".getBytes(StandardCharsets.UTF_16BE)));
	}

	@Test
	public void randomBytesAreBinaryNotGbk() {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		assertEquals(new SourceText.Reading(null, "这是二进制文件，不是 .report 文本", 1, 1), read(bytes));
		byte[] noNul = new byte[4096];
		new Random(11).nextBytes(noNul);
		for (int i = 0; i < noNul.length; i++) {
			noNul[i] = noNul[i] == 0 ? 1 : noNul[i];
		}
		assertEquals(new SourceText.Reading(null, "这是二进制文件，不是 .report 文本", 1, 1), read(noNul));
	}

	@Test
	public void gbkIsStillCalledGbkAndLatin1IsUnknown() {
		assertEquals(new SourceText.Reading(null, "文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", 1, 1),
				read(REPORT.getBytes(Charset.forName("GBK"))));
		assertEquals(new SourceText.Reading(null, "文件不是 UTF-8 编码（编码无法识别）：请另存为 UTF-8", 1, 3),
				read("ab\u00FF\n".getBytes(StandardCharsets.ISO_8859_1)));
	}

	@Test
	public void loneCarriageReturnEndsALineLikeLfAndCrlf() {
		assertEquals(new SourceText.Reading("年报\n一\r\n二\n\n三", null, 0, 0),
				read("年报\r一\r\n二\r\r三".getBytes(StandardCharsets.UTF_8)));
		assertEquals(new SourceText.Reading(null, "文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", 3, 2),
				read("a\rb\r\nc年".getBytes(Charset.forName("GBK"))));
	}
}
