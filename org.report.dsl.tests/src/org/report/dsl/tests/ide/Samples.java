package org.report.dsl.tests.ide;

/** Small reports the editor tests share (the language server's here, the Eclipse editor's in org.report.dsl.ui.tests). */
public final class Samples {

	private Samples() {
	}

	/**
	 * A report with a wrong written total (R3 on 新收), an omitted total (商业企业 row of 予以公开) and
	 * a narrative reference to a computed total.
	 */
	public static final String TOTALS = """
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

	/**
	 * {@link #TOTALS} corrected, then one value planted: 予以公开·自然人 3 instead of 2 breaks its row's 总计
	 * (R3 on 予以公开·总计) and its column's sum (R2 on （七）总计·自然人); the cell both share is the one changed.
	 */
	public static final String PLANTED = TOTALS.replace("""
			  新收 自然人 2 商业企业 1 总计 4
			  予以公开 自然人 2 商业企业 1
			""", """
			  新收 自然人 2 商业企业 1 总计 3
			  予以公开 自然人 3 商业企业 1 总计 3
			  总计 自然人 2 商业企业 1 总计 3
			""");

	/** A table as typed in a hurry: formatting must give {@link #FORMATTED}; its narrative stays as it is. */
	public static final String MESSY = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{   新收 自然人 71   商业企业 3
			上年结转：1 0 0 0 0 0 1    // 上年
			    予以公开 自然人  21 商业企业   3
			  部分公开：12 0 0 0 0 0 12
			   结转下年度 自然人 0 }
			""";

	/** {@link #MESSY} formatted. */
	public static final String FORMATTED = """
			年报 测试局 2025 格式 2021
			一、总体情况
			\"""
			  叙述    保持   原样  {三.新收.总计}
			\"""
			三、收到和处理政府信息公开申请情况
			{
			  新收       自然人 71 商业企业 3
			  上年结转：    1 0 0 0 0 0  1    // 上年
			  予以公开   自然人 21 商业企业 3
			  部分公开：   12 0 0 0 0 0 12
			  结转下年度 自然人 0
			}
			""";
}
