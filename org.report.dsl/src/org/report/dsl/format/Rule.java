package org.report.dsl.format;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of finding, with its id (the code users and scripts see: stable for quick fixes and CI
 * filters), what it says and how severe it is. Ids R*, T*, S*, X* are those of format.md; REF, PREV,
 * SYNTAX and INTERNAL come from the editor and validator; ENCODING and IO from reading files; the rest from
 * importing published text. Every finding carries one of these: the severity is decided here, never
 * where the finding is made.
 */
public enum Rule {
	R1(Scope.CHECK, Severity.ERROR, "表三每列：一 + 二 =（七）总计 + 四", true),
	R2(Scope.CHECK, Severity.ERROR, "表三每列：（七）总计 = 各项办理结果之和", true),
	R3(Scope.CHECK, Severity.ERROR, "表三每行：总计 = 自然人 + 五类法人或其他组织", true),
	R4(Scope.CHECK, Severity.ERROR, "表四：行政复议、直接起诉、复议后起诉各自的总计 = 维持 + 纠正 + 其他 + 尚未审结", true),
	R5(Scope.CHECK, Severity.ERROR, "表三、表四每个单元格为非负整数（64 位以内）"),
	R6(Scope.CHECK, Severity.WARNING, "表三每列：四（结转下年度）≤ 一 + 二"),
	R7(Scope.CHECK, Severity.ERROR, "表二件数为非负整数；「/」只用于县级的规章行"),
	R8(Scope.CHECK, Severity.WARNING, "表二收费金额单位为万元；明显过大的金额可能误填为元"),
	T1(Scope.CHECK, Severity.WARNING, "叙述中的申请数（收到/受理、办结/答复、上年结转、结转下年度）与表三一致；「收到」可含上年结转"),
	T2(Scope.CHECK, Severity.WARNING, "叙述中的行政复议、行政诉讼件数及结果与表四一致；有尚未审结时不得称「均获维持」"),
	T3(Scope.CHECK, Severity.WARNING, "叙述中的百分比（办结率、占比）与其件数一致"),
	T4(Scope.CHECK, Severity.WARNING, "叙述中的现行有效件数与表二一致"),
	S1(Scope.CHECK, Severity.ERROR, Severity.WARNING, "六个部分的标题齐全、顺序正确、用语规范（已知变体为警告）"),
	S2(Scope.CHECK, Severity.ERROR, Severity.WARNING, "表格只含格式规定的行与列；标签变体为警告；单元格不重复"),
	S3(Scope.CHECK, Severity.ERROR, "标题、年份与统计期限一致"),
	S4(Scope.CHECK, Severity.ERROR, "2021 年度起使用 2021 年格式（国办公开办函〔2021〕30号），不引用〔2019〕60号"),
	S6(Scope.CHECK, Severity.ERROR, "第六部分说明是否收取信息处理费"),
	X1(Scope.CHECK, Severity.ERROR, "本年「上年结转」= 上年报告「结转下年度继续办理」（需用「上年」指明上年报告）"),
	X2(Scope.CHECK, Severity.WARNING, "现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止（集中清理时可忽略）"),
	REF(Scope.CHECK, Severity.ERROR, "叙述中的引用 {表.行.列} 必须指向存在的单元格"),
	PREV(Scope.CHECK, Severity.WARNING, "「上年」指明的报告找不到时提示（X1/X2 不检查）"),
	SYNTAX(Scope.CHECK, Severity.ERROR, "语法错误"),
	/** A check that failed with an exception: said, so that no finding is lost without a word. */
	INTERNAL(Scope.CHECK, Severity.ERROR, "内部错误：某项检查未能完成（其余检查的结果仍然有效；请报告此问题）"),
	/** Undecodable or binary (error); decoded from GB18030/GBK by the importer (its variant: a warning). */
	ENCODING(Scope.FILE, Severity.ERROR, Severity.WARNING, "文件不是 UTF-8 文本（导入时可按 GB18030/GBK 读取，为警告）"),
	IO(Scope.FILE, Severity.ERROR, "文件无法读取或写入"),
	NOT_REPORT(Scope.IMPORT, Severity.ERROR, "文件为空或不含报告"),
	FURNITURE(Scope.IMPORT, Severity.WARNING, "删去页面附带内容（爬虫信息头、导航、页码、重复的标题）"),
	LAYOUT(Scope.IMPORT, Severity.WARNING, "还原排版（标题与正文连在一起或带标记、标签和数字被折行）"),
	BLANK(Scope.IMPORT, Severity.WARNING, "空白单元格或「/」读作 0"),
	COLUMNS(Scope.IMPORT, Severity.WARNING, "缺少或多出列、单元格（「其他」列、短行、多余的 0）"),
	SEGMENT(Scope.IMPORT, Severity.WARNING, "相连的数字按勾稽关系（或上年报告、叙述）唯一切分"),
	AMBIGUOUS(Scope.IMPORT, Severity.ERROR, "相连的数字有多种切分，列出候选，不作选择"),
	UNRESOLVED(Scope.IMPORT, Severity.ERROR, "数值、行或标题无法从原文恢复"),
	TRUNCATED(Scope.IMPORT, Severity.ERROR, "原文在报告结束前中断"),
	TEXT(Scope.IMPORT, Severity.WARNING, "叙述为适应语言而改写（连续三个英文双引号）");

	/** How bad a finding is. */
	public enum Severity {
		ERROR, WARNING
	}

	/** Where findings of a rule come from. */
	public enum Scope {
		/** checked by validation (and the parser: SYNTAX) on every report */
		CHECK,
		/** reading a file: the command line stops on it (exit code 2) */
		FILE,
		/** importing published text */
		IMPORT
	}

	private static final Map<String, Rule> BY_ID = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

	private final Scope scope;
	private final Severity severity;
	private final Severity variantSeverity;
	private final String description;
	private final boolean tableEquation;

	Rule(Scope scope, Severity severity, String description) {
		this(scope, severity, severity, description, false);
	}

	Rule(Scope scope, Severity severity, String description, boolean tableEquation) {
		this(scope, severity, severity, description, tableEquation);
	}

	Rule(Scope scope, Severity severity, Severity variantSeverity, String description) {
		this(scope, severity, variantSeverity, description, false);
	}

	Rule(Scope scope, Severity severity, Severity variantSeverity, String description, boolean tableEquation) {
		this.scope = scope;
		this.severity = severity;
		this.variantSeverity = variantSeverity;
		this.description = description;
		this.tableEquation = tableEquation;
	}

	/** The code users and scripts see (R1, SYNTAX, ENCODING …); also the Xtext issue code. */
	public String id() {
		return name();
	}

	/**
	 * The rule of an issue code (Xtext issue, language-server diagnostic, problem marker): the rule with
	 * that id; any other code is the framework's own (syntax and linking errors, {@code
	 * org.eclipse.xtext…}), as is a missing code: {@link #SYNTAX}. The one conversion from the strings
	 * at the Xtext boundary; {@link #id()} is the other way.
	 */
	public static Rule of(String code) {
		return code == null ? SYNTAX : BY_ID.getOrDefault(code, SYNTAX);
	}

	public String description() {
		return description;
	}

	public Scope scope() {
		return scope;
	}

	/** The severity of a finding of this rule. */
	public Severity severity() {
		return severity;
	}

	/**
	 * The severity of a finding about a known variant (S1/S2: a variant of an official label, which is
	 * understood; ENCODING: a GB18030/GBK file the importer reads); the same as {@link #severity()} for
	 * rules without variants.
	 */
	public Severity variantSeverity() {
		return variantSeverity;
	}

	/** Error (true) or warning; S1, S2 and ENCODING have a milder {@link #variantSeverity()}. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * A 勾稽关系 between cells of one table that is an equation (R1–R4): the importer's solver splits
	 * run-together cells by these.
	 */
	public boolean isTableEquation() {
		return tableEquation;
	}
}
