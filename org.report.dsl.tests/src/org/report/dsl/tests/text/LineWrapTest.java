package org.report.dsl.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.report.dsl.text.LineWrap;

/** Lines of at most a number of display columns, broken where Chinese typesetting allows. */
class LineWrapTest {

	@Test
	void breaksBetweenChineseCharactersWithinTheWidth() {
		assertEquals("申请人对政府信\n息公开工作的意\n见", LineWrap.wrap("申请人对政府信息公开工作的意见", 14));
	}

	@Test
	void neverStartsALineWithClosingPunctuationNorEndsOneWithOpening() {
		// 14 columns would end the first line after 「信」; 「，」 may not begin a line, so 「信，」 move on together
		assertEquals("申请人对政府\n信，息公开（工\n作）的意见", LineWrap.wrap("申请人对政府信，息公开（工作）的意见", 14));
	}

	@Test
	void keepsNumbersAndWordsWholeAndDropsTheSpaceAtABreak() {
		assertEquals("总计：一 4 + 二 0 =\n123456789，相差 1", LineWrap.wrap("总计：一 4 + 二 0 = 123456789，相差 1", 20));
	}

	@Test
	void aPartLongerThanALineStaysWholeOnItsOwnLine() {
		assertEquals("值\n1234567890123\n元", LineWrap.wrap("值 1234567890123 元", 6));
	}

	@Test
	void keepsTheTextsOwnLineBreaksAndShortText() {
		assertEquals("R2 合计\n\n不符", LineWrap.wrap("R2 合计\n\n不符", 80));
		assertEquals("", LineWrap.wrap("", 80));
	}
}
