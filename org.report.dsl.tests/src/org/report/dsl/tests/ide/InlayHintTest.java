package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** The computed value next to every omitted total. */
public class InlayHintTest extends LspTest {

	private String hints(String source) throws Exception {
		open(source);
		var hints = languageServer.inlayHint(new InlayHintParams(document(), new Range(new Position(0, 0), new Position(999, 0)))).get();
		return hints.stream().map(h -> (h.getPosition().getLine() + 1) + ":" + (h.getPosition().getCharacter() + 1) + " «"
				+ h.getLabel().getLeft() + "» " + h.getTooltip().getRight().getValue().replace("\n", " "))
				.collect(Collectors.joining("\n"));
	}

	@Test
	public void omittedRowTotalsAndTheOmittedTotalRow() throws Exception {
		assertEquals("""
				11:20 « 总计 = 3» 省略的合计，由各项计算：  - R3 合计 （一）·总计 3 = 自然人 2 + 商业企业 1（其余为 0）
				12:13 « 总计 = 0» 省略的合计，由各项计算：  - R3 合计 四·总计 0 = 各项均为 0
				13:1 «（七）总计：自然人 2 商业企业 1 总计 3» 省略的合计，由各项计算：  - R2 合计 （七）总计·自然人 2 = 予以公开 2（其余为 0） - R2 合计 （七）总计·商业企业 1 = 予以公开 1（其余为 0） - R3 合计 （七）总计·总计 3 = 自然人 2 + 商业企业 1（其余为 0） - R2 合计 （七）总计·总计 3 = 予以公开 3（其余为 0）""",
				hints(Samples.TOTALS));
	}

	@Test
	public void nothingWhenEveryTotalIsWritten() throws Exception {
		assertEquals("", hints(Samples.TOTALS.replace("商业企业 1\n", "商业企业 1 总计 3\n").replace("结转下年 自然人 0", "")
				.replace("予以公开 自然人 2 商业企业 1 总计 3", "予以公开 自然人 2 商业企业 1 总计 3\n  总计 自然人 2 商业企业 1 总计 3")));
	}
}
