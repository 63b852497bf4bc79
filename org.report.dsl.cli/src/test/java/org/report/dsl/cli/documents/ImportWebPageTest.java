package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.CliRunner;

/**
 * {@code reportdsl import} of web pages: the saved page of a real report (corpus/html) gives exactly
 * the example's values; pages made here from an example's own print page test the other shapes — a
 * GBK page inside site furniture, MS-Word markup with blank cells and split labels, two reports in one
 * page, a page without a report.
 */
class ImportWebPageTest {

	private static final String EXAMPLE = "sanmenxia-keji-2025";
	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path dir;

	private Path out(String name) {
		return dir.resolve("out").resolve(name + ".report");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Documents.write(dir, name, bytes);
	}

	/** The body of the example's print page. */
	private String body() throws IOException {
		return Jsoup.parse(Documents.page(EXAMPLE, dir)).body().html();
	}

	/** A government site's page around a report body: navigation, the 索引号 header table, a footer, scripts. */
	private static String site(String charset, String body) {
		return "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset
				+ "\">\n<title>三门峡市科学技术局2025年政府信息公开工作年度报告_年度报告_三门峡市科学技术局</title>\n"
				+ "<script>var nav = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];</script>\n"
				+ "<style>.nav { color: red }</style></head>\n<body>\n"
				+ "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 年度报告</div>\n"
				+ "<table class=\"xxgk-head\"><tr><td>索引号：</td><td>11411200MB1234567X/2026-00012</td>"
				+ "<td>发布机构：</td><td>三门峡市科学技术局</td></tr><tr><td>发文日期：</td><td>2026-01-20</td>"
				+ "<td>主题分类：</td><td>政府信息公开年报</td></tr></table>\n"
				+ "<div class=\"article\">" + body + "</div>\n"
				+ "<div class=\"related\">相关链接：<a href=\"/a\">三门峡市科学技术局2024年政府信息公开工作年度报告</a></div>\n"
				+ "<div class=\"footer\">主办单位：三门峡市科学技术局 网站标识码：4112000012 豫ICP备12345678号"
				+ "<script>document.write('一、总体情况');</script></div>\n</body></html>\n";
	}

	@Test
	void savedPageOfARealReportGivesTheExamplesValues() throws IOException {
		Path page = Documents.ROOT.resolve("corpus/html/pingtan-2022.html");
		CliRunner.Result run = Documents.importFile(page, dir);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，3 个警告\n"), run.err());
		Documents.sameValues("pingtan-2022", out("pingtan-2022"));
		assertEquals(200, Documents.tableValues("pingtan-2022"));
	}

	@Test
	void gbkPageInsideSiteFurniture() throws IOException {
		Path page = write("gbk.html", site("gb2312", body()).getBytes(GBK));
		CliRunner.Result run = Documents.importFile(page, dir);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().endsWith("1 个文件，导入 1 份，0 个错误，0 个警告\n"), run.err());
		Documents.sameValues(EXAMPLE, out("gbk"));
		String report = Files.readString(out("gbk"), StandardCharsets.UTF_8);
		assertTrue(report.contains("原文编码 网页 GB2312"), report);
		assertFalse(report.contains("索引号") || report.contains("网站标识码") || report.contains("相关链接"), report);
	}

	@Test
	void wordMarkupBlankCellsAndSplitLabels() throws IOException {
		String body = body()
				// a number split over spans and padded with &nbsp;, as Word exports it
				.replaceAll("(<td id=\"[^\"]+\"[^>]*>)(\\d)(\\d+)</td>",
						"$1<p class=MsoNormal><span lang=EN-US>&nbsp;$2</span><span lang=EN-US>$3<o:p></o:p></span></p></td>")
				// zero cells left blank
				.replaceAll("(<td id=\"t3-[^\"]+\"[^>]*>)0</td>", "$1<p class=MsoNormal><o:p>&nbsp;</o:p></p></td>")
				// header labels split over paragraphs
				.replace(">商业企业<", "><p>商业</p><p>企业</p><")
				.replace(">法人或其他组织<", "><span>法人或</span><span>其他组织</span><");
		Path page = write("word.htm", site("utf-8", body).getBytes(StandardCharsets.UTF_8));
		CliRunner.Result run = Documents.importFile(page, dir);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().contains("个空白单元格，读作 0 [BLANK]"), run.err());
		assertTrue(run.err().endsWith("，0 个错误，" + run.err().lines().filter(l -> l.contains(": warning: ")).count()
				+ " 个警告\n"), run.err());
		Documents.sameValues(EXAMPLE, out("word"));
	}

	@Test
	void pageWithTwoReportsIsRefused() throws IOException {
		String body = body();
		Path page = write("two.html", site("utf-8", "<div>" + body + "</div><div>" + body + "</div>").getBytes(
				StandardCharsets.UTF_8));
		CliRunner.Result run = Documents.importFile(page, dir);
		assertEquals(page + ":1:1: error: 网页中有两份（或更多）报告：「一、总体情况」等部分标题各出现了 2 次；"
				+ "请把每份报告分别保存为一个文件后再导入 [NOT_REPORT]\n1 个文件，导入 0 份，1 个错误，0 个警告\n", run.err());
		assertEquals(2, run.exit());
		assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
	}

	@Test
	void pageWithoutAReportIsRefused() throws IOException {
		Path page = write("news.html", site("utf-8", "<h1>我局召开2025年度工作会议</h1><p>1月10日，我局召开工作会议。</p>")
				.getBytes(StandardCharsets.UTF_8));
		CliRunner.Result run = Documents.importFile(page, dir);
		assertTrue(run.err().startsWith(page + ":1:1: error: 找不到「一、总体情况」「二、主动公开政府信息情况」等六个部分的任何一个标题"),
				run.err());
		assertEquals(2, run.exit());
		assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
	}

	@Test
	void aPageSavedAsTxtIsStillReadAsAPage() throws IOException {
		Path page = write("saved.txt", site("utf-8", body()).getBytes(StandardCharsets.UTF_8));
		CliRunner.Result run = Documents.importFile(page, dir);
		assertEquals(0, run.exit(), run.err());
		Documents.sameValues(EXAMPLE, out("saved"));
	}
}
