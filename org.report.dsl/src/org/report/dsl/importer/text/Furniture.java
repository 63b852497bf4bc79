package org.report.dsl.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.report.dsl.format.Rule;

import org.report.dsl.importer.ImportFinding;

/**
 * Page furniture around and inside a published report, which is not part of the document: a crawler's
 * header (key: value lines up to 「==== 正文 ====」), site navigation and page tools, attachment
 * links, page numbers (「- 4 -」, 「第 4 页」). Each such line is marked dropped and listed as a finding;
 * the crawler's 「标题:」 is kept as a source for the report's title.
 */
public final class Furniture {

	public record Result(String crawlerTitle, int crawlerTitleOffset, List<ImportFinding> findings) {
	}

	private static final Pattern BODY_MARK = Pattern.compile("^\\s*=+\\s*正文\\s*=+\\s*$");
	private static final Pattern HEADER_FIELD = Pattern.compile("^\\s*(标题|发布时间|发布日期|成文日期|生成日期|文号|发文字号|"
			+ "发布机构|发文机关|栏目|所属栏目|原文链接|本地目录|来源|信息来源|索引号|主题分类|浏览次数|访问次数|作者|点击数)\\s*[:：].*$");
	private static final Pattern CRAWLER_NOTE = Pattern.compile("^\\s*页面链接与图片详见.*$");
	private static final Pattern TITLE_FIELD = Pattern.compile("^\\s*标题\\s*[:：]\\s*(.*?)\\s*$");
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^\\s*(?:[-－—–]\\s*[0-9０-９]{1,3}\\s*[-－—–]|第\\s*[0-9０-９]{1,3}\\s*页(?:\\s*[/，,、]?\\s*共\\s*[0-9０-９]{1,3}\\s*页)?)\\s*$");
	private static final Pattern NAVIGATION = Pattern.compile("^\\s*(?:(?:首页|网站首页)\\s*[>＞»›].*|(?:当前位置|您现在的位置|您的位置)\\s*[:：].*"
			+ "|[【\\[]?\\s*字[体号]\\s*[:：]?\\s*[大中小\\s]+[】\\]]?.*|打印本页|打印|关闭窗口|关闭|【?打印】?\\s*【?关闭】?"
			+ "|扫一扫在手机(?:上)?打开当前页|分享到\\s*[:：]?.*|上一篇\\s*[:：].*|下一篇\\s*[:：].*|附件下载\\s*[:：]?|附件\\s*[:：]"
			+ "|相关附件\\s*[:：]?|收藏本页|返回顶部|【?\\s*我要纠错\\s*】?)\\s*$");
	private static final Pattern ATTACHMENT = Pattern.compile("^\\s*\\S.*\\.(?:pdf|docx?|xlsx?|wps|ofd|zip)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private Furniture() {
	}

	public static Result mark(InputText input) {
		List<ImportFinding> findings = new ArrayList<>();
		String title = null;
		int titleOffset = -1;
		int headerEnd = crawlerHeaderEnd(input);
		if (headerEnd > 0) {
			List<String> fields = new ArrayList<>();
			for (int line = 1; line <= headerEnd; line++) {
				String text = input.lineText(line);
				input.drop(line);
				Matcher m = TITLE_FIELD.matcher(text);
				if (m.matches() && !m.group(1).isEmpty()) {
					title = m.group(1);
					titleOffset = input.lineStart(line) + text.indexOf(title);
				}
				Matcher f = HEADER_FIELD.matcher(text);
				if (f.matches()) {
					fields.add(f.group(1));
				}
			}
			findings.add(ImportFinding.of(input, 0, Rule.FURNITURE, "删去爬虫抓取的信息头（第 1–" + headerEnd
					+ " 行" + (fields.isEmpty() ? "" : "：" + String.join("、", fields)) + "）"
					+ (title == null ? "" : "；其中「标题」用作报告标题")));
		}
		boolean attachments = false;
		for (int line = headerEnd + 1; line <= input.lineCount(); line++) {
			String text = input.lineText(line);
			if (text.isBlank()) {
				continue;
			}
			String what = null;
			if (PAGE_NUMBER.matcher(text).matches()) {
				what = "页码";
			} else if (NAVIGATION.matcher(text).matches()) {
				what = "网页导航或工具栏";
				attachments = text.contains("附件");
			} else if (attachments && ATTACHMENT.matcher(text).matches()) {
				what = "附件链接";
			} else {
				attachments = false;
			}
			if (what != null) {
				input.drop(line);
				findings.add(ImportFinding.of(input, input.lineStart(line), Rule.FURNITURE,
						"删去" + what + "「" + text.strip() + "」"));
			}
		}
		return new Result(title, titleOffset, findings);
	}

	/** The last line of a crawler header at the top of the file, or 0 when there is none. */
	private static int crawlerHeaderEnd(InputText input) {
		int limit = Math.min(input.lineCount(), 40);
		for (int line = 1; line <= limit; line++) {
			if (BODY_MARK.matcher(input.lineText(line)).matches()) {
				return line;
			}
		}
		int last = 0;
		for (int line = 1; line <= limit; line++) {
			String text = input.lineText(line);
			if (HEADER_FIELD.matcher(text).matches() || CRAWLER_NOTE.matcher(text).matches()) {
				last = line;
			} else if (!text.isBlank()) {
				break;
			}
		}
		return last;
	}
}
