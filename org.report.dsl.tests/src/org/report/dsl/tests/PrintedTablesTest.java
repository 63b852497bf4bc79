package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.reportDsl.Report;

import com.google.inject.Inject;

/**
 * The tables as the text and HTML renderers print them from the grid, inside OSGi (the stylesheet is a
 * resource of the runtime bundle).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class PrintedTablesTest {

	@Inject
	private ParseHelper<Report> parser;

	@Inject
	private ReportAnalysis analysis;

	private PublishedReport publish(String source) throws Exception {
		return new PublishedReportBuilder().build(analysis.of(parser.parse(source)));
	}

	/** 表四's rows as column bands: three header lines, then one line of the fifteen values. */
	@Test
	public void table4AsText() throws Exception {
		String text = new TextRenderer().render(publish(Sources.table4("复议后起诉 结果维持 2\n行政复议 结果维持 1")));
		String heading = "四、政府信息公开行政复议、行政诉讼情况\n\n";
		String table = text.substring(text.indexOf(heading) + heading.length(), text.indexOf("\n五、"));
		assertEquals("""
				行政复议\t\t\t\t\t行政诉讼
				\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉
				结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
				1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t2\t0\t0\t0\t2
				""", table);
	}

	/** 表二: each block its heading, the corner and its column labels; a value line ends with its last value. */
	@Test
	public void table2AsText() throws Exception {
		String text = new TextRenderer().render(publish(Sources.table2("行政许可：5")));
		String table = text.substring(text.indexOf("第二十条第（五）项"), text.indexOf("第二十条第（六）项"));
		assertEquals("第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t5\n", table);
	}

	/** 表三: the header's three lines; block and group labels on lines of their own. */
	@Test
	public void table3AsText() throws Exception {
		String text = new TextRenderer().render(publish(Sources.table3("新收 自然人 1\n予以公开 自然人 1")));
		String table = text.substring(text.indexOf("（本列"), text.indexOf("1.属于国家秘密"));
		assertEquals("""
				（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
				\t自然人\t法人或其他组织\t\t\t\t\t总计
				\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
				一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
				二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
				三、本年度办理结果
				（一）予以公开\t1\t0\t0\t0\t0\t0\t1
				（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0
				（三）不予公开
				""", table);
	}

	/** The page carries the stylesheet read from the bundle, and table 四's header cells of rows have their ids. */
	@Test
	public void htmlPageFromResources() throws Exception {
		String html = new HtmlRenderer().render(publish(Sources.valid()));
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
		assertTrue(html.contains("<style>\n@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: \"— \" counter(page) \" —\";"), html);
		assertTrue(html.contains("@media print {\n  html { background: none; }\n"), html);
		assertTrue(html.contains("<th id=\"t4-REVIEW\" class=\"top\" scope=\"colgroup\" colspan=\"5\">行政复议</th>"
				+ "<th class=\"top\" scope=\"colgroup\" colspan=\"10\">行政诉讼</th>"), html);
		assertTrue(html.endsWith("</article>\n</body>\n</html>\n"), html);
		String review = new HtmlRenderer().renderReview(publish(Sources.valid()), java.util.List.of());
		assertTrue(review.contains(".review-summary { box-sizing: border-box;"), review);
		assertTrue(review.contains("<body class=\"report review\">\n<section class=\"review-summary\""), review);
	}
}
