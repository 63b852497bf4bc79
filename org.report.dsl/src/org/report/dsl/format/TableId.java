package org.report.dsl.format;

/**
 * The three tables of the format, named in code without their ids, and the roles a table plays
 * beyond its rows and columns.
 */
public enum TableId {
	/** 表二 主动公开政府信息情况: its document counts are also stated in the narrative (T4, the importer's evidence). */
	TABLE2("二", true),
	/** 表三 收到和处理政府信息公开申请情况. */
	TABLE3("三", false),
	/** 表四 政府信息公开行政复议、行政诉讼情况. */
	TABLE4("四", false);

	private final String id;
	private final boolean statedInNarrative;

	TableId(String id, boolean statedInNarrative) {
		this.id = id;
		this.statedInNarrative = statedInNarrative;
	}

	/** The id of {@link TableDef#id()} (二, 三, 四). */
	public String id() {
		return id;
	}

	/** Whether narratives state this table's counts in words (「现行有效行政规范性文件698件」). */
	public boolean statedInNarrative() {
		return statedInNarrative;
	}

	/** This table in the given format. */
	public TableDef in(ReportFormat format) {
		return format.table(id).orElseThrow();
	}

	/** Whether the definition is this table (of any format version). */
	public boolean is(TableDef table) {
		return table.id().equals(id);
	}

	/** The constant naming the given table. */
	public static TableId of(TableDef table) {
		for (TableId t : values()) {
			if (t.is(table)) {
				return t;
			}
		}
		throw new IllegalArgumentException("not a table of the format: " + table.id());
	}
}
