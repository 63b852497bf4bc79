package org.report.dsl.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.Labels;
import org.report.dsl.format.Rule;
import org.report.dsl.model.Finding;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

/**
 * S3: title, year and statistics period agree; S4: the layout fits the year and the narrative cites
 * the document of that layout.
 */
public class HeaderRules extends ReportRules {

	static final String TITLE_SUFFIX = "政府信息公开工作年度报告";

	private static final Pattern PERIOD = Pattern.compile(
			"(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日\\s*起?\\s*(?:至|到|—|－|-|~|～)\\s*(?:(\\d{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日");
	/** Every period ends on 12 月 31 日: a narrative without these digits states none (most narratives). */
	private static final String PERIOD_ANCHOR = "31";
	private static final Pattern TRIAL_FORMAT = FormatVersion.V2019.citation();
	private static final String TRIAL_FORMAT_ANCHOR = FormatVersion.V2019.citationYear();
	private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");

	@Check
	public void checkYearAndFormat(Report report) {
		if (report.getYear() == null) {
			return; // the parser could not read one: a syntax error says so
		}
		int year = parse(report.getYear());
		if (year < 2008 || year > 2100) {
			report(Finding.of(Rule.S3, "年份「" + report.getYear() + "」无效：应为报告所属的公历年份，如 2025", report, Literals.REPORT__YEAR));
			return;
		}
		FormatVersion required = FormatVersion.requiredFor(year);
		if (report.getFormat() == null) {
			return;
		}
		var declared = FormatVersion.of(parse(report.getFormat()));
		if (declared.isEmpty()) {
			report(Finding.of(Rule.S4, "格式「" + report.getFormat() + "」未知：应为 " + FormatVersion.V2021.number() + "（"
					+ FormatVersion.V2021.document() + "）或 " + FormatVersion.V2019.number() + "（试行格式）", report,
					Literals.REPORT__FORMAT));
		} else if (declared.get() != required) {
			report(Finding.of(Rule.S4, year + " 年度报告应使用 " + required.number() + " 年格式（" + required.document() + "），而不是 "
					+ declared.get().number() + " 年格式", report, Literals.REPORT__FORMAT));
		}
	}

	@Check
	public void checkTitle(Report report) {
		if (report.getTitle() == null || report.getOrgan() == null) {
			return;
		}
		String title = Labels.canonical(report.getTitle());
		String expected = report.getOrgan() + report.getYear() + "年" + TITLE_SUFFIX;
		Matcher m = TITLE_YEAR.matcher(title);
		boolean yearOk = m.find() && m.group(1).equals(report.getYear());
		if (!title.contains(Labels.canonical(report.getOrgan())) || !yearOk
				|| !title.endsWith(TITLE_SUFFIX)) {
			report(Finding.of(Rule.S3, "标题应为「" + expected + "」（也可写作「…年度…」），与机关名称和年份一致", report, Literals.REPORT__TITLE));
		}
	}

	@Check
	public void checkNarrative(Narrative narrative) {
		Report report = EcoreUtil2.getContainerOfType(narrative, Report.class);
		int year = parse(report.getYear());
		String text = narrative.getText();
		if (text == null || year == 0) {
			return;
		}
		Matcher m = PERIOD.matcher(text);
		boolean mayStatePeriod = text.contains(PERIOD_ANCHOR);
		while (mayStatePeriod && m.find()) {
			if (parse(m.group(1)) != year || m.group(2) != null && parse(m.group(2)) != year) {
				report(Finding.of(Rule.S3, "统计期限「" + m.group() + "」与报告年份 " + year + " 不一致", narrative, Literals.NARRATIVE__TEXT));
			}
		}
		FormatVersion required = FormatVersion.requiredFor(year);
		if (required != FormatVersion.V2019 && text.contains(TRIAL_FORMAT_ANCHOR) && TRIAL_FORMAT.matcher(text).find()) {
			report(Finding.of(Rule.S4, year + " 年度报告应依据" + required.document() + "，而不是" + FormatVersion.V2019.documentNumber() + "的试行格式", narrative,
					Literals.NARRATIVE__TEXT));
		}
	}

	/** The number as an int, or 0 when there is none or it is not a whole number. */
	static int parse(String number) {
		try {
			return number == null ? 0 : Integer.parseInt(number);
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
