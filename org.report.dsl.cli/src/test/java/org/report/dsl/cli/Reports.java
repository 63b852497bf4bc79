package org.report.dsl.cli;

/** Small report sources for command-line tests. */
final class Reports {

	private Reports() {
	}

	/** A complete, valid report whose table 三 holds the given rows. */
	static String valid(String table3) {
		return """
				年报 测试局 2025 格式 2021
				一、总体情况
				\"""本年度共收到申请 {三.新收.总计} 件。\"""
				二、主动公开政府信息情况
				{ 行政规范性文件 本年制发件数 2 现行有效件数 10 }
				三、收到和处理政府信息公开申请情况
				{
				%s
				}
				四、政府信息公开行政复议、行政诉讼情况
				{ }
				五、存在的主要问题及改进情况
				\"""存在问题。\"""
				六、其他需要报告的事项
				\"""本年度未收取信息处理费。\"""
				""".formatted(table3);
	}

	static final String CLEAN = valid("新收 自然人 2\n予以公开 自然人 2");

	/** R3 fails on 新收 (written total 3, sum 2) at line 8. */
	static final String WRONG_TOTAL = valid("新收 自然人 2 总计 3\n予以公开 自然人 2");

	/** Only a warning: 「本年度止件数」 is a known misprint of 本年废止件数. */
	static final String WARNING_ONLY = CLEAN.replace("本年制发件数 2", "本年制发件数 2 本年度止件数 0");
}
