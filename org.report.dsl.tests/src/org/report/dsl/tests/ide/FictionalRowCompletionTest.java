package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.format.FormatCatalog;
import org.report.dsl.tests.format.FictionalFormat;

/** Completion offers the fictional row and alias of a copy of the format ({@link FictionalFormat}). */
public class FictionalRowCompletionTest extends LspTest {

	private static final String TABLE3 = "年报 测试局 2025 格式 2021\n一、总体情况\n\"\"\"\n概述。\n\"\"\"\n"
			+ "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  ";

	private final FormatCatalog.Replacement fictional = FictionalFormat.install();

	@AfterEach
	public void restore() {
		fictional.close();
	}

	private String complete(String source) throws Exception {
		open(source);
		var result = languageServer.completion(new CompletionParams(document(), cursor)).get();
		return result.getRight().getItems().stream().map(CompletionItem::getLabel).collect(Collectors.joining("\n"));
	}

	@Test
	public void theNewRowIsProposedByItsLabelAndAlias() throws Exception {
		assertEquals("测试用虚构情形\n" + FictionalFormat.ROW_ALIAS, complete(TABLE3 + "虚‸\n}\n"));
	}

	@Test
	public void theNewAliasIsProposed() throws Exception {
		assertEquals(FictionalFormat.ALIAS, complete(TABLE3 + "全部‸\n}\n"));
	}
}
