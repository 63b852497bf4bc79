package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.report.dsl.conversion.TextBlockConverter;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.RowDef;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.TableData;
import org.report.dsl.narrative.NarrativeScanner;
import org.report.dsl.narrative.Segment;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;

/** The grammar and its value converters: examples parse, narratives keep their text, both row syntaxes agree. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class ParsingTest {

	@Inject
	private IssueList issues;

	@Inject
	private ReportAnalysis analysis;

	static Path example(String name) {
		return Paths.get(System.getProperty("reportdsl.root"), "examples", name + ".report");
	}

	private Report parse(String source) {
		Resource resource = issues.parse(source);
		assertEquals(List.of(), resource.getErrors());
		return (Report) resource.getContents().get(0);
	}

	private static String firstNarrative(Report report) {
		return ((Narrative) report.getBlocks().get(0).getContents().get(0)).getText();
	}

	@ParameterizedTest
	@CsvSource({ "huaian-shizhengfu-2024, 淮安市人民政府, 2024, 6", "keji-gongxin-2022, 科学技术和工业信息化局, 2022, 11",
			"pingtan-2022, 平潭综合实验区, 2022, 11", "sanmenxia-keji-2025, 三门峡市科学技术局, 2025, 11",
			"yindu-keji-2025, 殷都区科学技术局, 2025, 6" })
	public void examplesParseWithoutSyntaxErrors(String name, String organ, String year, int blocks) {
		Resource resource = issues.load(issues.newResourceSet(), example(name));
		assertEquals("", resource.getErrors().stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage())
				.collect(Collectors.joining("\n")));
		Report report = (Report) resource.getContents().get(0);
		assertEquals(organ, report.getOrgan());
		assertEquals(year, report.getYear());
		assertEquals("2021", report.getFormat());
		assertEquals(blocks, report.getBlocks().size());
	}

	@Test
	public void narrativeKeepsLineBreaksExactly() {
		String text = "第一行，  两个空格\n\n　全角空格开头的第三行\n\n\n第六行 ";
		assertEquals(text, firstNarrative(parse(Sources.builder().narrative(1, text).build())));
	}

	@Test
	public void narrativeWithCrlfReadsAsLf() {
		String source = Sources.builder().narrative(1, "第一行\n\n第三行").build().replace("\n", "\r\n");
		assertEquals("第一行\n\n第三行", firstNarrative(parse(source)));
	}

	@Test
	public void textBlockConverter() {
		TextBlockConverter c = new TextBlockConverter();
		assertEquals("A\n\nB", c.toValue("\"\"\"\nA\n\nB\n\"\"\"", null));
		assertEquals("A\n\nB", c.toValue("\"\"\"\r\nA\r\n\r\nB\r\n\"\"\"", null));
		// only one line break at each end belongs to the layout
		assertEquals("\nA\n", c.toValue("\"\"\"\n\nA\n\n\"\"\"", null));
		assertEquals("单行", c.toValue("\"\"\"单行\"\"\"", null));
		assertEquals("缩进的结尾", c.toValue("\"\"\"\n缩进的结尾\n    \"\"\"", null));
		assertEquals("  行首空格", c.toValue("\"\"\"\n  行首空格\n\"\"\"", null));
		assertEquals("", c.toValue("\"\"\"\n\"\"\"", null));
		assertEquals("\"\"\"\nA\n\nB\n\"\"\"", c.toString("A\n\nB"));
	}

	@Test
	public void namedAndPositionalRowsGiveTheSameCells() {
		Map<String, String> named = table3(parse(Sources.table3("""
				新收 自然人 71 商业企业 3
				予以公开 自然人 71 企业 3""")));
		Map<String, String> positional = table3(parse(Sources.table3("""
				新收：71 3 0 0 0 0 74
				予以公开：71 3 0 0 0 0 74""")));
		assertEquals(named, positional);
		assertEquals("71", named.get("一·自然人"));
		assertEquals("3", named.get("一·商业企业"));
		assertEquals("74", named.get("一·总计"));
		assertEquals("74", named.get("（七）总计·总计"));
		assertEquals("0", named.get("四·总计"));
		assertEquals(175, named.size());
	}

	/** Every cell of table 三, by 行·列, as written or computed. */
	private Map<String, String> table3(Report report) {
		TableData t = analysis.of(report).table("三");
		Map<String, String> values = new TreeMap<>();
		for (RowDef row : t.def().rows()) {
			row.columns().forEach(c -> values.put(row.ref() + "·" + c.label(),
					t.value(new CellRef(t.def(), row, c)).toPlainString()));
		}
		return values;
	}

	@Test
	public void doubledBraceIsLiteral() {
		String text = "括号{{不是引用}，{{三.新收.总计}也不是";
		Report report = parse(Sources.builder().narrative(1, text).build());
		assertEquals(text, firstNarrative(report));
		assertEquals(List.of(new Segment.Literal("括号{不是引用}，{三.新收.总计}也不是", 0, text.length())),
				new NarrativeScanner().scan(text));
		assertEquals("", issues.of(report.eResource()));
	}

	@Test
	public void quotedTextsAreUnquoted() {
		Report report = parse("""
				年报 "平潭 综合实验区" 2025 格式 2021
				一、总体情况
				"(一) 主动公开"
				""\"
				文字
				""\"
				三、收到和处理政府信息公开申请情况
				{
				  "1.属于国家秘密" "自然人" 1
				}
				""");
		assertEquals("平潭 综合实验区", report.getOrgan());
		assertEquals("(一) 主动公开", report.getBlocks().get(1).getHeading());
		assertEquals("1.属于国家秘密", ((org.report.dsl.reportDsl.Table) report.getBlocks().get(2).getContents().get(0))
				.getRows().get(0).getLabel());
	}
}
