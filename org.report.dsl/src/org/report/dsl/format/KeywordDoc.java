package org.report.dsl.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each keyword and symbol of the language means (关键字说明): the one table read by the language
 * reference (docs/language.md), completion and hover. A keyword of the grammar missing here fails the
 * language reference's test.
 *
 * @param keyword the keyword or symbol as written
 * @param meaning what it means, with its syntax (Markdown)
 * @param summary a short line for completion lists, or null for symbols that are not proposed
 */
public record KeywordDoc(String keyword, String meaning, String summary) {

	/** Every keyword and symbol, in the order of a report. */
	public static final List<KeywordDoc> ALL = List.of(
			new KeywordDoc("年报", "报告头：`年报 机关名称 年份 格式 2021`，必须是文件的第一项", "报告头：年报 机关名称 年份 格式 2021"),
			new KeywordDoc("格式", "报告所用格式：2021（国办公开办函〔2021〕30号）或 2019（试行格式，2019、2020 年度）；省略时按年份推定",
					"报告所用格式（按年份推定）"),
			new KeywordDoc("标题", "与默认标题（机关名称 + 年份 + 年政府信息公开工作年度报告）不同时，照录发布的标题：`标题 \"…\"`",
					"与默认标题不同时照录发布的标题"),
			new KeywordDoc("上年", "同一机关上一年度报告的相对路径，用于跨年规则 X1、X2：`上年 \"../2024/局.report\"`",
					"上一年度报告的相对路径（X1、X2）"),
			new KeywordDoc("前言", "第一部分之前的文字（依据、统计期限、联系方式等）：`前言 \"\"\"…\"\"\"`", "第一部分之前的文字"),
			new KeywordDoc("结尾", "第六部分之后的文字（如联系方式）：`结尾 \"\"\"…\"\"\"`", "第六部分之后的文字（如联系方式）"),
			new KeywordDoc("{", "表格开始（写在二、三、四部分标题之后）", null),
			new KeywordDoc("}", "表格结束", null),
			new KeywordDoc(":", "位置式行：`行名：数值 数值 …`，按正式列序填写（也可用全角「：」）", null),
			new KeywordDoc("：", "同「:」", null),
			new KeywordDoc("-", "负号：只有 2019 年格式的「" + signedColumn() + "」可为负数", null),
			new KeywordDoc("/", "不适用：只用于县级机关表二的「规章」行", null));

	private static final Map<String, KeywordDoc> BY_KEYWORD = ALL.stream()
			.collect(Collectors.toUnmodifiableMap(KeywordDoc::keyword, Function.identity()));

	/** The label of the only column whose values may be negative (本年增/减 of the 2019 layout). */
	private static String signedColumn() {
		return ReportFormats.V2019.tables().stream().flatMap(t -> t.columns().stream())
				.filter(c -> c.kind() == ValueKind.DELTA).map(ColumnDef::label).findFirst().orElseThrow();
	}

	/** The documentation of a keyword or symbol, if it is one. */
	public static Optional<KeywordDoc> of(String keyword) {
		return Optional.ofNullable(BY_KEYWORD.get(keyword));
	}

	/** The documentation of a keyword that has it. */
	public static KeywordDoc get(String keyword) {
		return of(keyword).orElseThrow(() -> new IllegalArgumentException("no documentation for " + keyword));
	}
}
