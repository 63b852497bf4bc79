package org.report.dsl.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.report.dsl.publish.Paragraphs;

/** Joining the wrapped lines of a copied or extracted narrative into paragraphs. */
class ParagraphsTest {

	@Test
	void joinsLinesWrappedMidSentenceAndKeepsParagraphEnds() {
		assertEquals("坚持以习近平新时代中国特色社会主义思想为指导，圆满完成了各项任务。\n（一）主动公开情况。\n\n二、主动公开",
				Paragraphs.join("坚持以习近平新时代中国特色社会主义思想为\n指导，圆满完成了各项任务。\n（一）主动公开情况。\n\n二、主动公开"));
	}

	@Test
	void restoresTheSpaceAWrapAteInATextThatSpacesDigits() {
		// 淮安 2024 (PDF): 「规章 1 件」 elsewhere, so 「政策解读\n21 个」 and 「351\n件」 had a space at the wrap.
		assertEquals("新增公开市政府规章 1 件，制作政策解读 21 个，行政复议 351 件。",
				Paragraphs.join("新增公开市政府规章 1 件，制作政策解读\n21 个，行政复议 351\n件。"));
	}

	@Test
	void addsNoSpaceInATextThatWritesDigitsAgainstCharacters() {
		assertEquals("新增公开规章1件，制作政策解读21个，行政复议351件。",
				Paragraphs.join("新增公开规章1件，制作政策解读\n21个，行政复议351\n件。"));
	}

	@Test
	void addsNoSpaceBetweenChineseCharactersOrInsideLatinWords() {
		assertEquals("电子邮箱：hazwgkc@163.com，电话 0517-83605210，政务新媒体共计 95 个。",
				Paragraphs.join("电子邮箱：hazwgkc@16\n3.com，电话 0517-83605210，政务新媒\n体共计 95 个。"));
	}
}
