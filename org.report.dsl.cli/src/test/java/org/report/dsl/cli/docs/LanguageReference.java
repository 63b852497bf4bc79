package org.report.dsl.cli.docs;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.IGrammarAccess;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.KeywordDoc;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Rule;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.ValueKind;

/**
 * Writes docs/language.md from the grammar and the format definition, so the reference cannot
 * drift from what the tool accepts (a test compares the committed file with this output).
 */
public final class LanguageReference {

	/** What each keyword of the grammar means; a keyword missing here fails the build's test. */
	static final Map<String, String> KEYWORDS = KeywordDoc.ALL.stream()
			.collect(Collectors.toUnmodifiableMap(KeywordDoc::keyword, KeywordDoc::meaning));

	private final IGrammarAccess grammar;

	public LanguageReference(IGrammarAccess grammar) {
		this.grammar = grammar;
	}

	public String render(String example) {
		StringBuilder b = new StringBuilder();
		b.append("<!-- 由 LanguageReference 根据语法与格式定义生成，请勿手改；更新：./build.sh test -Dreportdsl.updateGolden=true -->\n");
		b.append("# ReportDSL 语言参考\n\n");
		b.append("`.report` 文件是一份政府信息公开工作年度报告的源文本（UTF-8）。只写非零的数；合计可省略（自动计算），写了就核对；")
				.append("叙述可以引用表格中的数值。`//` 与 `/* */` 为注释。\n\n");
		keywords(b);
		syntax(b);
		sections(b);
		for (FormatVersion v : List.of(FormatVersion.V2021, FormatVersion.V2019)) {
			tables(b, ReportFormat.of(v));
		}
		rules(b);
		b.append("## 完整示例\n\n```\n").append(example.strip()).append("\n```\n");
		return b.toString();
	}

	private void keywords(StringBuilder b) {
		b.append("## 关键字与符号\n\n| 关键字 | 含义 |\n|---|---|\n");
		for (String k : grammarKeywords()) {
			String meaning = KEYWORDS.get(k);
			if (meaning == null) {
				throw new IllegalStateException("keyword without documentation: " + k);
			}
			b.append("| `").append(k).append("` | ").append(meaning).append(" |\n");
		}
		b.append('\n');
	}

	/** Every keyword of the grammar's parser rules, in a stable order. */
	public TreeSet<String> grammarKeywords() {
		return grammar.getGrammar().getRules().stream().filter(ParserRule.class::isInstance)
				.flatMap(r -> GrammarUtil.containedKeywords(r).stream()).map(Keyword::getValue)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static void syntax(StringBuilder b) {
		ReportFormat f = ReportFormat.of(FormatVersion.V2021); // the examples' labels (headings: 主动公开 + 情况)
		b.append("""
				## 结构

				```
				年报 <机关名称> <年份> [格式 2021|2019]
				[标题 "<发布的标题>"]
				[上年 "<上年报告的相对路径>"]
				[前言 \"""<文字>\"""]
				<标题>  <叙述 \"""…\"""  或 表格 { … }>…     （六个部分及其小标题，按顺序）
				[结尾 \"""<文字>\"""]
				```

				- **标题**：一个不含空格的词（可含全角标点），如 `%1$s`、`%2$s`；含空格或以数字开头时加引号。
				- **叙述**：`\"""…\"""`，原样保留换行与标点；紧跟开头 `\"""` 的换行和结尾 `\"""` 前的换行不算正文。
				- **引用**：叙述中的 `{表.行.列}` 代入表格的值，如 `{三.新收.总计}`、`{四.%3$s.总计}`、`{二.%4$s}`（只有一列的行可省略列）。字面的 `{` 写作 `{{`。
				- **表格**：二、三、四部分标题后的 `{ … }`；没写的单元格为 0，全为 0 的行不必写，全为 0 的表可写 `{ }` 或省略。
				- **行**：`行名 列名 数值 列名 数值 …`（具名单元格，任意顺序）或 `行名：数值 数值 …`（按正式列序）。
				- **合计**：表三的「总计」列与「%5$s」行、表四各组的「总计」可省略（自动计算）；写出时按 R1–R4 核对。
				- 行名、列名可用正式标签（编号、括号宽窄、空格与引号不计）或下表中的简称；「变体」为已发布报告中的非正式写法，可用但给出警告。

				""".formatted(f.section(1).label(), f.partLabels().get(0) + "情况", Table4.REVIEW.in(f).label(),
				Table2.LICENSING.in(f).label(), Table3.RESULT_TOTAL.in(f).label()));
	}

	private static void sections(StringBuilder b) {
		ReportFormat f = ReportFormat.of(FormatVersion.V2021);
		b.append("## 六个部分\n\n| 编号 | 标题 | 已知变体（警告） | 表格 |\n|---|---|---|---|\n");
		for (SectionDef s : f.sections()) {
			b.append("| ").append(s.numeral()).append(" | ").append(s.label()).append(" | ")
					.append(String.join("；", s.variants())).append(" | ")
					.append(s.table() == null ? "" : "表" + s.table().id()).append(" |\n");
		}
		b.append("\n第一部分惯常分为五个小标题：").append(String.join("、", f.partLabels())).append("（措辞可不同）。\n\n");
	}

	private static void tables(StringBuilder b, ReportFormat f) {
		b.append("## ").append(f.version().number()).append(" 年格式的表格（").append(f.version().document()).append("）\n\n");
		for (TableDef t : f.tables()) {
			b.append("### 表").append(t.id()).append("：").append(t.title().substring(2)).append("\n\n");
			b.append("| 行（正式标签） | 消息中的简称 | 简称/别名 | 变体（警告） | 列 |\n|---|---|---|---|---|\n");
			for (RowDef r : t.rows()) {
				b.append("| ").append(r.group() == null ? "" : r.group() + " ").append(r.label()).append(" | ")
						.append(r.ref()).append(" | ").append(String.join("、", r.aliases())).append(" | ")
						.append(String.join("、", r.variants())).append(" | ")
						.append(r.columns().stream().map(ColumnDef::label).collect(Collectors.joining(" · ")))
						.append(" |\n");
			}
			b.append("\n| 列（正式标签） | 简称/别名 | 变体（警告） | 取值 |\n|---|---|---|---|\n");
			for (ColumnDef c : t.columns()) {
				b.append("| ").append(c.label()).append(" | ").append(String.join("、", c.aliases())).append(" | ")
						.append(String.join("、", c.variants())).append(" | ").append(kind(c)).append(" |\n");
			}
			b.append('\n');
		}
	}

	private static String kind(ColumnDef c) {
		String kind = switch (c.kind()) {
		case COUNT -> "非负整数";
		case AMOUNT -> "金额（可带小数，按原样保留位数）";
		case DELTA -> "整数（可为负）";
		};
		return c.total() ? kind + "；合计，可省略" : kind;
	}

	private static void rules(StringBuilder b) {
		b.append("## 检查规则（问题代码）\n\n| 代码 | 级别 | 内容 |\n|---|---|---|\n");
		for (Rule r : Rule.values()) {
			if (r.scope() == Rule.Scope.CHECK) { // reading files (below) and importing are not rules of the language
				rule(b, r);
			}
		}
		b.append("| ENCODING、IO | 错误 | 命令行：文件不是 UTF-8、是二进制文件、或无法读取（退出码 2） |\n\n");
		b.append("`reportdsl import` 的发现另有以下代码（标题和标签的变体仍为 S1、S2 警告；GB18030/GBK 文件读入时为 ENCODING 警告）：\n\n")
				.append("| 代码 | 级别 | 内容 |\n|---|---|---|\n");
		for (Rule r : Rule.values()) {
			if (r.scope() == Rule.Scope.IMPORT) {
				rule(b, r);
			}
		}
		b.append('\n');
	}

	private static void rule(StringBuilder b, Rule r) {
		b.append("| ").append(r.id()).append(" | ").append(r.isError() ? "错误" : "警告").append(" | ")
				.append(r.description()).append(" |\n");
	}
}
