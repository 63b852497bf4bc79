package org.report.dsl.tests.publish.html;

/** Small report sources for the HTML tests. */
final class Sources {

	private Sources() {
	}

	/** A complete report; the parts are placed as written. */
	static String report(String header, String narrative, String table2, String table3, String section6) {
		return header + "\n" + """
				一、总体情况
				（一）主动公开
				\"""%s\"""
				二、主动公开政府信息情况
				{ %s }
				三、收到和处理政府信息公开申请情况
				{
				%s
				}
				四、政府信息公开行政复议、行政诉讼情况
				{ }
				五、存在的主要问题及改进情况
				\"""存在问题。\"""
				六、其他需要报告的事项
				\"""%s\"""
				""".formatted(narrative, table2, table3, section6);
	}

	static final String HEADER = "年报 测试局 2025 格式 2021";
	static final String FEE = "本年度未收取信息处理费。";

	/** A valid report whose table 三 holds the given rows. */
	static String withTable3(String table3) {
		return report(HEADER, "本年度共收到申请 {三.新收.总计} 件。", "行政规范性文件 本年制发件数 2 现行有效件数 10", table3, FEE);
	}

	static final String CLEAN = withTable3("新收 自然人 2\n予以公开 自然人 2");

	/** R3 fails on 新收: written total 3, sum 2. */
	static final String WRONG_TOTAL = withTable3("新收 自然人 2 总计 3\n予以公开 自然人 2");

	/** Only a warning: 「本年度止件数」 is a known misprint of 本年废止件数. */
	static final String WARNING_ONLY = CLEAN.replace("本年制发件数 2", "本年制发件数 2 本年度止件数 0");

	/** An error (R3) and a warning (the misprint) together. */
	static final String ERROR_AND_WARNING = WRONG_TOTAL.replace("本年制发件数 2", "本年制发件数 2 本年度止件数 0");
}
