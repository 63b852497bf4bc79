package org.report.dsl.format;

/**
 * The rules validation checks, with their ids (the issue codes, stable for quick fixes and CI
 * filters) and what they say. Ids R*, S*, X* are those of format.md.
 */
public enum Rule {
	R1("表三每列：一 + 二 =（七）总计 + 四", true),
	R2("表三每列：（七）总计 = 各项办理结果之和", true),
	R3("表三每行：总计 = 自然人 + 五类法人或其他组织", true),
	R4("表四：行政复议、直接起诉、复议后起诉各自的总计 = 维持 + 纠正 + 其他 + 尚未审结", true),
	R5("表三、表四每个单元格为非负整数（64 位以内）", true),
	R6("表三每列：四（结转下年度）≤ 一 + 二", false),
	R7("表二件数为非负整数；「/」只用于县级的规章行", true),
	R8("表二收费金额单位为万元；明显过大的金额可能误填为元", false),
	T1("叙述中的申请数（收到/受理、办结/答复、上年结转、结转下年度）与表三一致；「收到」可含上年结转", false),
	T2("叙述中的行政复议、行政诉讼件数及结果与表四一致；有尚未审结时不得称「均获维持」", false),
	T3("叙述中的百分比（办结率、占比）与其件数一致", false),
	T4("叙述中的现行有效件数与表二一致", false),
	S1("六个部分的标题齐全、顺序正确、用语规范（已知变体为警告）", true),
	S2("表格只含格式规定的行与列；标签变体为警告；单元格不重复", true),
	S3("标题、年份与统计期限一致", true),
	S4("2021 年度起使用 2021 年格式（国办公开办函〔2021〕30号），不引用〔2019〕60号", true),
	S6("第六部分说明是否收取信息处理费", true),
	X1("本年「上年结转」= 上年报告「结转下年度继续办理」（需用「上年」指明上年报告）", true),
	X2("现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止（集中清理时可忽略）", false),
	REF("叙述中的引用 {表.行.列} 必须指向存在的单元格", true),
	PREV("「上年」指明的报告找不到时提示（X1/X2 不检查）", false),
	SYNTAX("语法错误", true);

	private final String description;
	private final boolean error;

	Rule(String description, boolean error) {
		this.description = description;
		this.error = error;
	}

	public String id() {
		return name();
	}

	public String description() {
		return description;
	}

	/** Error (true) or warning; S1 and S2 also warn for known variants of a label. */
	public boolean isError() {
		return error;
	}
}
