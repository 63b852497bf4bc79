package org.report.dsl.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.report.dsl.text.DisplayWidth;

/** Display width by East Asian Width: W and F take two columns, everything else one. */
public class DisplayWidthTest {

	@Test
	public void asciiTakesOneColumnEach() {
		assertEquals(0, DisplayWidth.of(""));
		assertEquals(9, DisplayWidth.of("R1 12.5 /"));
	}

	@Test
	public void chineseAndFullWidthFormsTakeTwo() {
		assertEquals(12, DisplayWidth.of("行政许可：10"), "4 ideographs and 「：」 wide, 2 digits");
		assertEquals(10, DisplayWidth.of("（一）１Ａ"), "full-width brackets, digit and letter");
		assertEquals(6, DisplayWidth.of("〔〕、"), "CJK symbols and punctuation");
		assertEquals(4, DisplayWidth.of("“”"), "curly double quotes print wide in Chinese fonts");
	}

	@Test
	public void ambiguousAndNarrowFormsTakeOne() {
		assertEquals(3, DisplayWidth.of("·ｱ‘"), "middle dot (A), half-width katakana (H), single quote (A)");
		assertEquals(2, DisplayWidth.of("é−"), "Latin letter, minus sign");
	}

	@Test
	public void supplementaryIdeographsTakeTwoColumnsNotFour() {
		String extensionB = new String(Character.toChars(0x20BB7)); // 𠮷
		assertEquals(2, extensionB.length());
		assertEquals(2, DisplayWidth.of(extensionB));
		assertEquals(2, DisplayWidth.of(0x20BB7));
		assertEquals(1, DisplayWidth.of(0x1D400), "mathematical bold A is narrow");
	}
}
