package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Content assist over the protocol: in context, by label or pinyin, skeleton, references. */
public class CompletionTest extends LspTest {

	private static final String HEAD = "年报 测试局 2025 格式 2021\n一、总体情况\n\"\"\"\n概述。\n\"\"\"\n";

	private String complete(String source) throws Exception {
		open(source);
		var result = languageServer.completion(new CompletionParams(document(), cursor)).get();
		return result.getRight().getItems().stream().map(this::line).collect(Collectors.joining("\n"));
	}

	private String line(CompletionItem item) {
		String insert = item.getTextEdit().getLeft().getNewText();
		return item.getLabel() + (insert.equals(item.getLabel()) ? "" : " → " + insert.replace("\n", "⏎"))
				+ (item.getDetail() == null ? "" : " [" + item.getDetail() + "]");
	}

	@Test
	public void rowsOfTheTableOnlyThoseNotWritten() throws Exception {
		assertEquals("""
				行政规范性文件 [行政规范性文件]
				行政许可 [行政许可]
				行政处罚 [行政处罚]
				行政强制 [行政强制]
				行政事业性收费 [行政事业性收费]
				收费 [行政事业性收费]""", complete(HEAD + "二、主动公开政府信息情况\n{\n  规章 本年制发件数 1\n  ‸\n}\n"));
	}

	@Test
	public void pinyinInitialsAndFullPinyin() throws Exception {
		String table3 = HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  ";
		assertEquals("新收 [一、本年新收政府信息公开申请数量]", complete(table3 + "xs‸\n}\n"));
		assertEquals("新收 [一、本年新收政府信息公开申请数量]", complete(table3 + "xinshou‸\n}\n"));
	}

	/**
	 * The next keystroke arrives before the answer (a busy machine): Xtext cancels every request in flight at
	 * a change, and a client that did not cancel the completion showed nothing. It is answered, on the
	 * document as changed. Asked ten times, since the completion may also be answered before the change.
	 */
	@Test
	public void aCompletionOutlivesTheNextKeystroke() throws Exception {
		String table3 = HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  ";
		for (int i = 0; i < 10; i++) {
			openAs("keystroke" + i + ".report", table3 + "x‸\n}\n");
			var pending = languageServer.completion(new CompletionParams(document(), cursor));
			languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					List.of(new TextDocumentContentChangeEvent(new Range(cursor, cursor), "s"))));
			List<String> labels = pending.get(30, TimeUnit.SECONDS).getRight().getItems().stream()
					.map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains("新收"), labels::toString);
		}
	}

	@Test
	public void filterTextStartsWithWhatWasTyped() throws Exception {
		String table3 = HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  ";
		assertEquals("xs 新收 xinshou", filterTexts(table3 + "xs‸\n}\n"));
		assertEquals("xinshou 新收 xs", filterTexts(table3 + "xinshou‸\n}\n"));
	}

	private String filterTexts(String source) throws Exception {
		open(source);
		var result = languageServer.completion(new CompletionParams(document(), cursor)).get();
		return result.getRight().getItems().stream().map(CompletionItem::getFilterText).collect(Collectors.joining("\n"));
	}

	@Test
	public void columnsNotYetWrittenOnTheRow() throws Exception {
		String source = HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  新收 自然人 3 zrr‸\n}\n";
		assertEquals("", complete(source)); // 自然人 is already written
		assertEquals("商业企业 [法人或其他组织 · 商业企业]",
				complete(HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  新收 自然人 3 sy‸\n}\n"));
	}

	@Test
	public void chineseSubstringMatches() throws Exception {
		assertEquals("""
				结果纠正 [结果纠正]
				纠正 [结果纠正]""", complete(HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{ }\n"
				+ "四、政府信息公开行政复议、行政诉讼情况\n{\n  行政复议 纠‸\n}\n"));
	}

	@Test
	public void computedValueOfATotal() throws Exception {
		assertEquals("4 [合计：由各项计算]", complete(HEAD + "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n"
				+ "  新收 自然人 1 商业企业 3 总计 ‸\n}\n"));
	}

	@Test
	public void nextSectionFirstAtAHeading() throws Exception {
		String items = complete(HEAD + "二、主动公开政府信息情况\n{ }\n‸");
		assertEquals("""
				三、收到和处理政府信息公开申请情况 [表三]
				四、政府信息公开行政复议、行政诉讼情况 [表四]
				五、存在的主要问题及改进情况 [叙述]
				六、其他需要报告的事项 [叙述]""", items);
	}

	@Test
	public void partsOfSectionOne() throws Exception {
		String items = complete("年报 测试局 2025 格式 2021\n一、总体情况\n（一）主动公开情况\n\"\"\"\n概述。\n\"\"\"\nyi‸");
		assertEquals("（二）依申请公开 [第一部分的小标题]", items);
	}

	@Test
	public void skeletonForANewReport() throws Exception {
		String items = complete("‸");
		assertEquals("新报告（六个部分的骨架） → 年报 ${1:机关名称} ${2:2025} 格式 2021⏎⏎一、总体情况⏎（一）主动公开⏎\"\"\"⏎${3}⏎\"\"\"⏎"
				+ "（二）依申请公开⏎\"\"\"⏎${4}⏎\"\"\"⏎（三）政府信息管理⏎\"\"\"⏎${5}⏎\"\"\"⏎（四）政府信息公开平台建设⏎\"\"\"⏎${6}⏎\"\"\"⏎"
				+ "（五）监督保障⏎\"\"\"⏎${7}⏎\"\"\"⏎⏎二、主动公开政府信息情况⏎{⏎}⏎⏎三、收到和处理政府信息公开申请情况⏎{⏎}⏎⏎"
				+ "四、政府信息公开行政复议、行政诉讼情况⏎{⏎}⏎⏎五、存在的主要问题及改进情况⏎\"\"\"⏎${8}⏎\"\"\"⏎⏎六、其他需要报告的事项⏎"
				+ "\"\"\"⏎${9:本年度未收取信息处理费。}⏎\"\"\"⏎$0 [年报 机关 年份 格式 2021]\n"
				+ "年报 → 年报  [报告头：年报 机关名称 年份 格式 2021]", items);
	}

	@Test
	public void headerKeywords() throws Exception {
		assertEquals("标题 → 标题 \"\" [与默认标题不同时照录发布的标题]", complete("年报 测试局 2025 格式 2021\nbt‸\n一、总体情况\n"));
	}

	/** The documentation of a keyword is the language reference's (one table: KeywordDoc). */
	@Test
	public void keywordDocumentation() throws Exception {
		open("年报 测试局 2025 格式 2021\nbt‸\n一、总体情况\n");
		CompletionItem item = languageServer.completion(new CompletionParams(document(), cursor)).get().getRight()
				.getItems().get(0);
		assertEquals("标题", item.getLabel());
		String documentation = item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: item.getDocumentation().getRight().getValue();
		assertEquals("与默认标题（机关名称 + 年份 + 年政府信息公开工作年度报告）不同时，照录发布的标题：`标题 \"…\"`", documentation);
	}

	@Test
	public void referenceInNarrative() throws Exception {
		String report = "年报 测试局 2025 格式 2021\n一、总体情况\n\"\"\"\n共收到 {三.新收.zj‸ 件。\n\"\"\"\n"
				+ "二、主动公开政府信息情况\n{ }\n三、收到和处理政府信息公开申请情况\n{\n  新收 自然人 2 总计 2\n}\n";
		assertEquals("总计 → 总计} [一·总计 = 2]", complete(report));
	}

	@Test
	public void referenceRowsShowSingleColumnValues() throws Exception {
		String report = "年报 测试局 2025 格式 2021\n一、总体情况\n\"\"\"\n许可 {二.行政许‸\n\"\"\"\n"
				+ "二、主动公开政府信息情况\n{\n  行政许可 本年处理决定数量 7\n}\n";
		assertEquals("行政许可 → 行政许可} [行政许可 = 7]", complete(report));
	}
}
