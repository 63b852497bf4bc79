package org.report.dsl.format;

import static org.report.dsl.format.ValueKind.AMOUNT;
import static org.report.dsl.format.ValueKind.COUNT;
import static org.report.dsl.format.ValueKind.DELTA;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.layout.PrintLayout;
import org.report.dsl.format.layout.PrintLayout.Blocks;
import org.report.dsl.format.layout.PrintLayout.Orientation;

/**
 * The official layouts as data: the one place that defines sections, rows, columns, labels,
 * aliases, variants and the sums between cells (format.md). Grammar helpers, validation,
 * generators, importer and editors all read it; adding a row or an alias is a change here only.
 */
public final class ReportFormats {

	private ReportFormats() {
	}

	// ---- Table headers ----------------------------------------------------------------------
	/** The top-left cell of table 三: the only 勾稽关系 the format prints. */
	public static final String TABLE3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
	static final String APPLICANTS = "申请人情况";
	static final String LEGAL_PERSONS = "法人或其他组织";
	static final String TABLE2_CORNER = "信息内容";

	// ---- Table 三 / 四 columns -------------------------------------------------------------
	/** 申请人情况 columns of table 三. */
	static final ColumnDef NATURAL_PERSON = col("NATURAL_PERSON", "自然人", COUNT, false);
	static final ColumnDef COMMERCIAL = legalPerson("COMMERCIAL", "商业企业", "企业");
	static final ColumnDef RESEARCH = legalPerson("RESEARCH", "科研机构");
	static final ColumnDef PUBLIC_WELFARE = legalPerson("PUBLIC_WELFARE", "社会公益组织", "公益组织");
	static final ColumnDef LEGAL_SERVICE = legalPerson("LEGAL_SERVICE", "法律服务机构");
	static final ColumnDef OTHER_ORG = legalPerson("OTHER_ORG", "其他", "其他组织");
	static final ColumnDef APPLICANT_TOTAL = col("TOTAL", "总计", COUNT, true);
	static final List<ColumnDef> APPLICANT_COLUMNS = List.of(NATURAL_PERSON, COMMERCIAL, RESEARCH, PUBLIC_WELFARE,
			LEGAL_SERVICE, OTHER_ORG, APPLICANT_TOTAL);

	/** Columns of each group of table 四. */
	static final List<ColumnDef> CASE_COLUMNS = List.of(
			col("UPHELD", "结果维持", COUNT, false, "维持"),
			col("CORRECTED", "结果纠正", COUNT, false, "纠正"),
			col("OTHER_RESULT", "其他结果", COUNT, false),
			col("PENDING", "尚未审结", COUNT, false, "未审结"),
			col("TOTAL", "总计", COUNT, true));

	// ---- Printed layouts (印制版式) ---------------------------------------------------------------
	/** 表二: each 第二十条 block with its heading and its own column labels. */
	static final PrintLayout TABLE2_LAYOUT = new PrintLayout(2, Orientation.ROWS, Blocks.HEADED, null, false);
	/** 表三: one header; 三、本年度办理结果 and （三）…（六） span their rows; 其他 may be missing in print. */
	static final PrintLayout TABLE3_LAYOUT = new PrintLayout(3, Orientation.ROWS, Blocks.SPANNING, OTHER_ORG, true);
	/** 表四: 行政复议 | 行政诉讼（未经复议直接起诉, 复议后起诉） as column bands over one line of values. */
	static final PrintLayout TABLE4_LAYOUT = new PrintLayout(4, Orientation.COLUMN_BANDS, Blocks.SPANNING, null,
			false);

	// ---- Sections ----------------------------------------------------------------------------
	static final String S1 = "一、总体情况";
	static final String S2 = "二、主动公开政府信息情况";
	static final String S3 = "三、收到和处理政府信息公开申请情况";
	static final String S4 = "四、政府信息公开行政复议、行政诉讼情况";
	static final String S5 = "五、存在的主要问题及改进情况";
	static final String S6 = "六、其他需要报告的事项";

	/** The label over table 三's result rows, which carries no values of its own. */
	public static final String RESULTS_GROUP = "三、本年度办理结果";

	/** Header and group labels that carry no values of their own. */
	static final List<String> GROUP_LABELS = List.of(RESULTS_GROUP, APPLICANTS, LEGAL_PERSONS, TABLE2_CORNER, "行政诉讼");

	static final List<String> PART_LABELS = List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理",
			"（四）政府信息公开平台建设", "（五）监督保障");

	public static final ReportFormat V2021 = build(FormatVersion.V2021, table2Of2021());
	public static final ReportFormat V2019 = build(FormatVersion.V2019, table2Of2019());

	private static ReportFormat build(FormatVersion version, TableDef table2) {
		TableDef table3 = table3(version);
		TableDef table4 = table4();
		List<SectionDef> sections = List.of(
				new SectionDef(1, "一", S1, List.of(), null),
				new SectionDef(2, "二", S2, List.of(), table2),
				new SectionDef(3, "三", S3, List.of(), table3),
				new SectionDef(4, "四", S4, List.of("四、政府信息公开行政法复议、行政诉讼情况"), table4),
				new SectionDef(5, "五", S5, List.of("五、政府信息公开工作存在的主要问题及改进情况"), null),
				new SectionDef(6, "六", S6, List.of(), null));
		return new ReportFormat(version, sections, PART_LABELS, table2, table3, table4);
	}

	// ---- Table 二 ----------------------------------------------------------------------------
	private static TableDef table2Of2021() {
		String b1 = "第二十条第（一）项", b5 = "第二十条第（五）项", b6 = "第二十条第（六）项", b8 = "第二十条第（八）项";
		List<ColumnDef> documents = List.of(
				col("ISSUED", "本年制发件数", COUNT, false, "制发"),
				colV("REPEALED", "本年废止件数", COUNT, List.of("废止"), List.of("本年度止件数")),
				col("IN_FORCE", "现行有效件数", COUNT, false, "现行有效", "有效"));
		List<ColumnDef> decisions = List.of(col("DECISIONS", "本年处理决定数量", COUNT, false, "处理决定"));
		List<ColumnDef> fee = List.of(col("FEE", "本年收费金额（单位：万元）", AMOUNT, false, "本年收费金额", "收费金额", "金额"));
		List<RowDef> rows = List.of(
				row("RULES", "规章", "规章", null, b1, documents, List.of(), List.of("规章(县级无此项)", "规章（县级无此项）")),
				row("NORMATIVE_DOCUMENTS", "行政规范性文件", "行政规范性文件", null, b1, documents, List.of(), List.of("规范性文件")),
				row("LICENSING", "行政许可", "行政许可", null, b5, decisions, List.of(), List.of()),
				row("PENALTY", "行政处罚", "行政处罚", null, b6, decisions, List.of(), List.of()),
				row("COMPULSION", "行政强制", "行政强制", null, b6, decisions, List.of(), List.of()),
				row("FEES", "行政事业性收费", "行政事业性收费", null, b8, fee, List.of("收费"), List.of()));
		return new TableDef("二", S2, rows, List.of(), TABLE2_CORNER, null, Rule.R7, TABLE2_LAYOUT);
	}

	private static TableDef table2Of2019() {
		String b1 = "第二十条第（一）项", b5 = "第二十条第（五）项", b6 = "第二十条第（六）项", b8 = "第二十条第（八）项",
				b9 = "第二十条第（九）项";
		List<ColumnDef> documents = List.of(
				col("NEW_MADE", "本年新制作数量", COUNT, false, "新制作"),
				col("NEW_PUBLISHED", "本年新公开数量", COUNT, false, "新公开"),
				col("TOTAL_PUBLISHED", "对外公开总数量", COUNT, false, "对外公开总数"));
		ColumnDef previous = col("PREVIOUS_ITEMS", "上一年项目数量", COUNT, false, "上年项目");
		ColumnDef change = col("CHANGE", "本年增/减", DELTA, false, "增减", "本年增减");
		List<ColumnDef> matters = List.of(previous, change, col("DECISIONS", "处理决定数量", COUNT, false, "处理决定"));
		List<ColumnDef> fees = List.of(previous, change);
		List<ColumnDef> purchase = List.of(col("PURCHASE_ITEMS", "采购项目数量", COUNT, false, "采购项目"),
				col("PURCHASE_AMOUNT", "采购总金额", AMOUNT, false, "采购金额"));
		List<RowDef> rows = List.of(
				row("RULES", "规章", "规章", null, b1, documents, List.of(), List.of()),
				row("NORMATIVE_DOCUMENTS", "规范性文件", "规范性文件", null, b1, documents, List.of("行政规范性文件"), List.of()),
				row("LICENSING", "行政许可", "行政许可", null, b5, matters, List.of(), List.of()),
				row("OTHER_SERVICES", "其他对外管理服务事项", "其他对外管理服务事项", null, b5, matters, List.of(), List.of()),
				row("PENALTY", "行政处罚", "行政处罚", null, b6, matters, List.of(), List.of()),
				row("COMPULSION", "行政强制", "行政强制", null, b6, matters, List.of(), List.of()),
				row("FEES", "行政事业性收费", "行政事业性收费", null, b8, fees, List.of("收费"), List.of()),
				row("PROCUREMENT", "政府集中采购", "政府集中采购", null, b9, purchase, List.of("集中采购"), List.of()));
		return new TableDef("二", S2, rows, List.of(), TABLE2_CORNER, null, Rule.R7, TABLE2_LAYOUT);
	}

	// ---- Table 三 ----------------------------------------------------------------------------
	private static TableDef table3(FormatVersion version) {
		String g3 = "（三）不予公开", g4 = "（四）无法提供", g5 = "（五）不予处理", g6 = "（六）其他处理";
		List<RowDef> results = new ArrayList<>(List.of(
				r3("DISCLOSED", "（一）予以公开", "（一）", null, "予以公开"),
				r3("PARTLY_DISCLOSED", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）", null, "部分公开"),
				r3("STATE_SECRET", "1.属于国家秘密", "（三）1", g3, "国家秘密"),
				r3v("PROHIBITED_BY_LAW", "2.其他法律行政法规禁止公开", "（三）2", g3, List.of("法律法规禁止", "其他法律法规禁止"),
						List.of("其他法律法规禁止公开")),
				r3("THREE_SECURITIES", "3.危及“三安全一稳定”", "（三）3", g3, "三安全一稳定", "危及三安全一稳定"),
				r3("THIRD_PARTY", "4.保护第三方合法权益", "（三）4", g3, "第三方权益", "第三方合法权益"),
				r3("INTERNAL_AFFAIRS", "5.属于三类内部事务信息", "（三）5", g3, "内部事务", "三类内部事务"),
				r3("PROCESS_INFO", "6.属于四类过程性信息", "（三）6", g3, "过程性信息", "四类过程性信息"),
				r3("ENFORCEMENT_FILES", "7.属于行政执法案卷", "（三）7", g3, "执法案卷", "行政执法案卷"),
				r3("QUERY_MATTERS", "8.属于行政查询事项", "（三）8", g3, "行政查询", "行政查询事项"),
				r3("NOT_HELD", "1.本机关不掌握相关政府信息", "（四）1", g4, "不掌握"),
				r3("NEEDS_CREATION", "2.没有现成信息需要另行制作", "（四）2", g4, "需另行制作", "另行制作"),
				r3("STILL_UNCLEAR", "3.补正后申请内容仍不明确", "（四）3", g4, "补正后仍不明确", "内容不明确"),
				r3("PETITION", "1.信访举报投诉类申请", "（五）1", g5, "信访举报投诉", "信访举报"),
				r3("REPEATED", "2.重复申请", "（五）2", g5),
				r3("PUBLICATIONS", "3.要求提供公开出版物", "（五）3", g5, "公开出版物"),
				r3("MASS_REPEATED", "4.无正当理由大量反复申请", "（五）4", g5, "大量反复申请"),
				r3("CONFIRM_OR_REISSUE", "5.要求行政机关确认或重新出具已获取信息", "（五）5", g5, "确认或重新出具")));
		if (version == FormatVersion.V2019) {
			results.add(r3("OTHER_PROCESSING", "（六）其他处理", "（六）", null, "其他处理"));
		} else {
			results.add(r3("OVERDUE_CORRECTION",
					"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）1", g6, "逾期不补正"));
			results.add(r3("OVERDUE_FEE",
					"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）2", g6, "逾期未缴费",
					"逾期不缴费"));
			results.add(r3("OTHER_PROCESSING", "3.其他", "（六）3", g6, "（六）其他", "其他处理其他"));
		}
		RowDef received = r3("NEW", "一、本年新收政府信息公开申请数量", "一", null, "新收", "本年新收");
		RowDef carriedIn = r3("CARRIED_OVER", "二、上年结转政府信息公开申请数量", "二", null, "上年结转");
		results.replaceAll(r -> new RowDef(r.id(), r.label(), r.ref(), r.group(), RESULTS_GROUP, r.aliases(), r.variants(),
				r.columns(), r.role()));
		RowDef total = new RowDef("RESULT_TOTAL", "（七）总计", "（七）总计", null, RESULTS_GROUP,
				List.of("办理结果总计"), List.of(), APPLICANT_COLUMNS, RowRole.TOTAL);
		RowDef carriedOut = r3("CARRIED_FORWARD", "四、结转下年度继续办理", "四", null, "结转下年", "结转下年度");

		List<RowDef> rows = new ArrayList<>();
		rows.add(received);
		rows.add(carriedIn);
		rows.addAll(results);
		rows.add(total);
		rows.add(carriedOut);
		return new TableDef("三", S3, List.of(), List.of(), TABLE3_CORNER, APPLICANTS, Rule.R5, TABLE3_LAYOUT).withRows(rows);
	}

	// ---- Table 四 ----------------------------------------------------------------------------
	private static TableDef table4() {
		List<RowDef> rows = List.of(
				new RowDef("REVIEW", "行政复议", "行政复议", null, null, List.of("复议"), List.of("行政法复议"),
						CASE_COLUMNS, RowRole.ITEM),
				new RowDef("SUIT_DIRECT", "未经复议直接起诉", "直接起诉", "行政诉讼", null, List.of("直接起诉"),
						List.of(), CASE_COLUMNS, RowRole.ITEM),
				new RowDef("SUIT_AFTER_REVIEW", "复议后起诉", "复议后起诉", "行政诉讼", null, List.of(), List.of(),
						CASE_COLUMNS, RowRole.ITEM));
		return new TableDef("四", S4, List.of(), List.of(), null, null, Rule.R5, TABLE4_LAYOUT).withRows(rows);
	}

	// ---- helpers -----------------------------------------------------------------------------
	private static ColumnDef col(String id, String label, ValueKind kind, boolean total, String... aliases) {
		return new ColumnDef(id, label, List.of(aliases), List.of(), kind, total, null);
	}

	private static ColumnDef legalPerson(String id, String label, String... aliases) {
		return new ColumnDef(id, label, List.of(aliases), List.of(), COUNT, false, LEGAL_PERSONS);
	}

	private static ColumnDef colV(String id, String label, ValueKind kind, List<String> aliases, List<String> variants) {
		return new ColumnDef(id, label, aliases, variants, kind, false, null);
	}

	private static RowDef row(String id, String label, String ref, String group, String block, List<ColumnDef> columns,
			List<String> aliases, List<String> variants) {
		return new RowDef(id, label, ref, group, block, aliases, variants, columns, RowRole.ITEM);
	}

	private static RowDef r3(String id, String label, String ref, String group, String... aliases) {
		return r3v(id, label, ref, group, List.of(aliases), List.of());
	}

	private static RowDef r3v(String id, String label, String ref, String group, List<String> aliases,
			List<String> variants) {
		return new RowDef(id, label, ref, group, null, aliases, variants, APPLICANT_COLUMNS, RowRole.ITEM);
	}
}
