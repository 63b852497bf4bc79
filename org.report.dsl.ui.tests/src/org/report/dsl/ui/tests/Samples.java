package org.report.dsl.ui.tests;

/** Small reports with known findings, for the editor features' tests. */
final class Samples {

	/** Table 三's 新收 row writes a wrong total (4, the cells add up to 3); 予以公开 omits its total. */
	static final String TOTALS = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			共收到 {三.新收.总计} 件，予以公开 {三.予以公开.总计} 件。
			\"""
			二、主动公开政府信息情况
			{ }
			三、收到和处理政府信息公开申请情况
			{
			  新收 自然人 2 商业企业 1 总计 4
			  予以公开 自然人 2 商业企业 1
			  结转下年 自然人 0
			}
			四、政府信息公开行政复议、行政诉讼情况
			{ }
			五、存在的主要问题及改进情况
			\"""
			无。
			\"""
			六、其他需要报告的事项
			\"""
			本年度未收取信息处理费。
			\"""
			""";

	private Samples() {
	}
}
