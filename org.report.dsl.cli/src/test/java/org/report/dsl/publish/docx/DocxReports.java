package org.report.dsl.publish.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;

import com.google.inject.Injector;

/** The inputs of the Word tests: the five examples and a report with 9-digit values, published. */
final class DocxReports {

	/**
	 * A valid report whose written values have nine digits; the totals of 表三 have ten, those of 表四 nine
	 * (its fifteen columns hold nine digits at 4 pt, the smallest size numbers shrink to; ten would wrap).
	 */
	static final String NINE_DIGITS = """
			年报 九位数测试局 2025 格式 2021
			一、总体情况
			\"""本年度共收到申请 {三.新收.总计} 件，予以公开 {三.予以公开.总计} 件。
			第二段：各项数值均为九位数，用于检查表格列宽。\"""
			二、主动公开政府信息情况
			{
			  行政规范性文件 本年制发件数 123456789 本年废止件数 234567891 现行有效件数 345678912
			  行政许可：987654321
			}
			三、收到和处理政府信息公开申请情况
			{
			  新收 自然人 123456789 商业企业 987654321 科研机构 555555555
			  予以公开 自然人 123456789 商业企业 987654321 科研机构 555555555
			}
			四、政府信息公开行政复议、行政诉讼情况
			{
			  行政复议 结果维持 111111111 结果纠正 222222222 其他结果 333333333 尚未审结 100000000
			  直接起诉 结果维持 555555555 结果纠正 111111111
			  复议后起诉 其他结果 377777777 尚未审结 188888888
			}
			五、存在的主要问题及改进情况
			\"""存在问题。\"""
			六、其他需要报告的事项
			\"""本年度未收取信息处理费。\"""
			""";

	record Input(String name, PublishedReport report) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static Injector injector;

	private DocxReports() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Path root() {
		return Path.of(System.getProperty("reportdsl.root", "..")).toAbsolutePath().normalize();
	}

	/** The five examples (even the one with an error: rendering a report is what is tested) and NINE_DIGITS. */
	static List<Input> all() throws Exception {
		List<Input> inputs = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> s = Files.list(root().resolve("examples"))) {
			files = s.filter(p -> p.toString().endsWith(".report")).sorted().toList();
		}
		for (Path f : files) {
			String name = f.getFileName().toString().replace(".report", "");
			inputs.add(new Input(name, publish(f)));
		}
		Path nine = Files.createTempDirectory("docx").resolve("nine-digits.report");
		Files.writeString(nine, NINE_DIGITS);
		inputs.add(new Input("nine-digits", publish(nine)));
		return inputs;
	}

	static PublishedReport publish(Path file) {
		CheckedReport checked = injector().getInstance(ReportLoader.class).check(file);
		Report report = checked.report();
		if (report == null) {
			throw new IllegalStateException(file + " unreadable");
		}
		return new PublishedReportBuilder().build(injector().getInstance(ReportAnalysis.class).of(report));
	}

	/** Errors of the nine-digit report (it must be valid, or the test would pass on a broken input). */
	static int errors(Path file) {
		return injector().getInstance(ReportLoader.class).check(file).errors();
	}
}
