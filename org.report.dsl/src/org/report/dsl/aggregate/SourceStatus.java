package org.report.dsl.aggregate;

/** What became of one source report in a summary (来源报告状态). */
public enum SourceStatus {
	/** 有效 */
	VALID("有效"),
	/** 有警告 */
	WARNINGS("有警告"),
	/** 有错误 */
	ERRORS("有错误"),
	/** 无法读取 */
	UNREADABLE("无法读取");

	private final String label;

	SourceStatus(String label) {
		this.label = label;
	}

	/** How users see it. */
	public String label() {
		return label;
	}

	/** Whether its numbers are summed (a report with errors is summed as written, and says so). */
	public boolean summed() {
		return this != UNREADABLE;
	}
}
