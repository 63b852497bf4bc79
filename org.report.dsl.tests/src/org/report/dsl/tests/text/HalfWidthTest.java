package org.report.dsl.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.report.dsl.text.HalfWidth;

/** Full-width forms to half-width: NFKC on the width forms, plus the minus sign, nothing else. */
public class HalfWidthTest {

	@Test
	public void fullWidthDigitsLettersAndPunctuation() {
		assertEquals("2025", HalfWidth.of("２０２５"));
		assertEquals("12.5|-3/4", HalfWidth.of("１２．５｜－３／４"));
		assertEquals("ABCxyz(1),:;%~\"", HalfWidth.of("ＡＢＣｘｙｚ（１），：；％～＂"));
	}

	@Test
	public void ideographicSpaceAndMinusSign() {
		assertEquals(" -3", HalfWidth.of("\u3000\u22123"));
		assertEquals(' ', HalfWidth.of('\u3000'));
		assertEquals('-', HalfWidth.of('\u2212'));
	}

	@Test
	public void otherCompatibilityCharactersAndChineseAreKept() {
		String kept = "①㈠²ﬁ行政许可“”、。【】—";
		assertEquals(kept, HalfWidth.of(kept));
		assertEquals('①', HalfWidth.of('①'));
	}

	@Test
	public void otherWidthFormsAsNfkcMapsThem() {
		assertEquals("ｱ".length(), HalfWidth.of("ｱ").length());
		assertEquals("ア¥", HalfWidth.of("ｱ￥"), "half-width katakana to full, full-width yen to ¥");
	}
}
