package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Test;
import org.report.dsl.ide.highlighting.TokenTypes;

/** Semantic tokens decoded back to 「line:col type[modifiers] text」. */
public class SemanticTokensTest extends LspTest {

	private String tokens(String source) throws Exception {
		open(source);
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(document())).get();
		List<String> lines = new ArrayList<>();
		List<Integer> data = tokens.getData();
		String[] textLines = text.split("\n", -1);
		int line = 0, character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			String type = TokenTypes.TYPES.get(data.get(i + 3));
			List<String> mods = new ArrayList<>();
			for (int m = 0; m < TokenTypes.MODIFIERS.size(); m++) {
				if ((data.get(i + 4) & (1 << m)) != 0) {
					mods.add(TokenTypes.MODIFIERS.get(m));
				}
			}
			String covered = textLines[line].substring(character, character + data.get(i + 2));
			if (type.equals("string") && covered.isBlank()) {
				continue;
			}
			lines.add((line + 1) + ":" + (character + 1) + " " + type + (mods.isEmpty() ? "" : mods.toString()) + " "
					+ covered);
		}
		return String.join("\n", lines);
	}

	@Test
	public void tablesNarrativeReferencesTotalsAndErrors() throws Exception {
		assertEquals("""
				1:1 keyword 年报
				1:13 keyword 格式
				2:1 namespace[declaration] 一、总体情况
				3:1 string \"""
				4:1 string 共收到\s
				4:5 macro {三.新收.总计}
				4:14 string  件，予以公开\s
				4:22 macro[computed] {三.予以公开.总计}
				4:33 string  件。
				5:1 string \"""
				6:1 namespace[declaration] 二、主动公开政府信息情况
				7:1 keyword {
				7:3 keyword }
				8:1 namespace[declaration] 三、收到和处理政府信息公开申请情况
				9:1 keyword {
				10:3 property 新收
				10:6 enumMember 自然人
				10:10 number 2
				10:12 enumMember 商业企业
				10:17 number 1
				10:19 enumMember[total] 总计
				10:22 number[total, error] 4
				11:3 property 予以公开
				11:8 enumMember 自然人
				11:12 number 2
				11:14 enumMember 商业企业
				11:19 number 1
				12:3 property 结转下年
				12:8 enumMember 自然人
				12:12 number 0
				13:1 keyword }""", String.join("\n", tokens(Samples.TOTALS).lines().limit(31).toList()));
	}

	@Test
	public void variantsAndUnknownLabels() throws Exception {
		String source = """
				年报 测试局 2025 格式 2021
				二、主动公开政府信息情况
				{
				  规范性文件 本年度止件数 1
				  无此行 制发 1
				}
				""";
		assertEquals("""
				1:1 keyword 年报
				1:13 keyword 格式
				2:1 namespace[declaration] 二、主动公开政府信息情况
				3:1 keyword {
				4:3 property[deprecated] 规范性文件
				4:9 enumMember[deprecated] 本年度止件数
				4:16 number 1
				5:3 property[error] 无此行
				5:7 enumMember 制发
				5:10 number 1
				6:1 keyword }""", tokens(source));
	}
}
