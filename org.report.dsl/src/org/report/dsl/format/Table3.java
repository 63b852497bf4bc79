package org.report.dsl.format;

/**
 * The rows and columns of table 三 (收到和处理政府信息公开申请情况) that code names; labels as in
 * format.md. The result rows between 二 and （七）总计 are read from the format, not named.
 */
public final class Table3 {

	/** 表三 收到和处理政府信息公开申请情况. */
	public static final TableId TABLE = TableId.TABLE3;

	/** 一、本年新收政府信息公开申请数量. */
	public static final RowKey NEW = row("NEW");
	/** 二、上年结转政府信息公开申请数量. */
	public static final RowKey CARRIED_OVER = row("CARRIED_OVER");
	/** （一）予以公开. */
	public static final RowKey DISCLOSED = row("DISCLOSED");
	/** （七）总计 (of 三、本年度办理结果). */
	public static final RowKey RESULT_TOTAL = row("RESULT_TOTAL");
	/** 四、结转下年度继续办理. */
	public static final RowKey CARRIED_FORWARD = row("CARRIED_FORWARD");

	/** 自然人. */
	public static final ColumnKey NATURAL_PERSON = new ColumnKey("NATURAL_PERSON");
	/** 商业企业. */
	public static final ColumnKey COMMERCIAL = new ColumnKey("COMMERCIAL");
	/** 科研机构. */
	public static final ColumnKey RESEARCH = new ColumnKey("RESEARCH");
	/** 社会公益组织. */
	public static final ColumnKey PUBLIC_WELFARE = new ColumnKey("PUBLIC_WELFARE");
	/** 法律服务机构. */
	public static final ColumnKey LEGAL_SERVICE = new ColumnKey("LEGAL_SERVICE");
	/** 其他 (法人或其他组织). */
	public static final ColumnKey OTHER_ORG = new ColumnKey("OTHER_ORG");
	/** 总计. */
	public static final ColumnKey TOTAL = new ColumnKey("TOTAL");

	private Table3() {
	}

	private static RowKey row(String id) {
		return new RowKey(TABLE, id);
	}
}
