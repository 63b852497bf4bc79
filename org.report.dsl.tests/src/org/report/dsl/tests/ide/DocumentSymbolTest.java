package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.junit.jupiter.api.Test;

/** The outline: sections, parts, tables, rows. */
public class DocumentSymbolTest extends LspTest {

	@Test
	public void sectionsPartsTablesRows() throws Exception {
		open(Samples.TOTALS.replace("一、总体情况\n", "一、总体情况\n（一）主动公开情况\n"));
		List<String> lines = new ArrayList<>();
		for (var s : languageServer.documentSymbol(new DocumentSymbolParams(document())).get()) {
			print(s.getRight(), "", lines);
		}
		assertEquals("""
				Namespace 一、总体情况 2:1-6:4
				  Key （一）主动公开情况 3:1-6:4
				Namespace 二、主动公开政府信息情况 7:1-8:4
				  Struct 表二 (二、主动公开政府信息情况) 8:1-8:4
				Namespace 三、收到和处理政府信息公开申请情况 9:1-14:2
				  Struct 表三 (三、收到和处理政府信息公开申请情况) 10:1-14:2
				    Field 新收 (一、本年新收政府信息公开申请数量) 11:3-11:23
				    Field 予以公开 (（一）予以公开) 12:3-12:20
				    Field 结转下年 (四、结转下年度继续办理) 13:3-13:13
				Namespace 四、政府信息公开行政复议、行政诉讼情况 15:1-16:4
				  Struct 表四 (四、政府信息公开行政复议、行政诉讼情况) 16:1-16:4
				Namespace 五、存在的主要问题及改进情况 17:1-20:4
				Namespace 六、其他需要报告的事项 21:1-24:4""", String.join("\n", lines));
	}

	@Test
	public void rowsWrittenWithTheirOfficialLabelShowItOnce() throws Exception {
		open(Samples.TOTALS.replace("二、主动公开政府信息情况\n{ }\n",
				"二、主动公开政府信息情况\n{\n  规章 本年制发件数 1\n  规范性文件 本年制发件数 2\n  行政规范性文件 本年制发件数 3\n}\n"));
		List<String> lines = new ArrayList<>();
		for (var s : languageServer.documentSymbol(new DocumentSymbolParams(document())).get()) {
			if (s.getRight().getName().startsWith("二")) {
				print(s.getRight(), "", lines);
			}
		}
		assertEquals("""
				Namespace 二、主动公开政府信息情况 6:1-11:2
				  Struct 表二 (二、主动公开政府信息情况) 7:1-11:2
				    Field 规章 8:3-8:14
				    Field 规范性文件 (行政规范性文件) 9:3-9:17
				    Field 行政规范性文件 10:3-10:19""", String.join("\n", lines));
	}

	private static void print(DocumentSymbol s, String indent, List<String> lines) {
		lines.add(indent + s.getKind() + " " + s.getName() + (s.getDetail() == null ? "" : " (" + s.getDetail() + ")") + " "
				+ range(s.getRange()));
		for (DocumentSymbol child : s.getChildren()) {
			print(child, indent + "  ", lines);
		}
	}
}
