package org.report.dsl.tests.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.report.dsl.narrative.Claim;
import org.report.dsl.narrative.ClaimScanner;

/**
 * The claims of a narrative, as found since the patterns that state a number search only the sentences
 * holding a digit: claims in a later sentence, across a line break, with full-width digits, and the
 * claims that state no digit (未收到, 均获维持) in text without any, each at its place in the text as given.
 */
class ClaimScannerTest {

	private final ClaimScanner scanner = new ClaimScanner();

	private String claims(String text) {
		return scanner.scan(text).stream()
				.map(c -> c.kind() + " " + c.value().toPlainString() + " @" + c.valueOffset() + "+" + c.valueLength())
				.collect(Collectors.joining("; "));
	}

	@Test
	void aClaimAfterSentencesWithoutDigitsAndAcrossALineBreak() {
		String text = "本机关坚持以公开为常态、不公开为例外。全年共收到政府信息公开申\n请 25 件。加强政策解读，提高知晓度。";
		assertEquals("RECEIVED 25 @" + text.indexOf("25") + "+2", claims(text));
	}

	@Test
	void claimsInTwoSentencesWithADigitFreeOneBetween() {
		String text = "本年受理申请 12 件。组织业务培训，提升工作人员依法公开意识。上年结转 3 件。";
		assertEquals("RECEIVED 12 @" + text.indexOf("12") + "+2; CARRIED_IN 3 @" + text.indexOf("3 件") + "+1",
				claims(text));
	}

	@Test
	void fullWidthDigitsAreDigits() {
		String text = "全年共收到申请１２件。";
		assertEquals("RECEIVED 12 @" + text.indexOf("１２") + "+2", claims(text));
	}

	@Test
	void claimsWithoutADigitInTextWithoutAny() {
		String text = "本年度未收到政府信息公开申请。";
		List<Claim> found = scanner.scan(text);
		assertEquals(1, found.size(), found.toString());
		assertEquals(Claim.Kind.NONE_RECEIVED, found.get(0).kind());
		assertEquals(0, found.get(0).value().signum());
	}

	@Test
	void noDigitNoNumberClaim() {
		assertEquals("", claims("全年通过门户网站主动公开政策文件、规划计划、财政预决算和重点领域信息。"));
	}
}
