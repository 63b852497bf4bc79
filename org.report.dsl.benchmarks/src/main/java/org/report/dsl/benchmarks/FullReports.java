package org.report.dsl.benchmarks;

import java.nio.file.Path;

import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.synthetic.SyntheticReports;

import com.google.inject.Injector;

/**
 * The inputs of the generator benchmarks: distinct full reports (every cell written, ~8 KB of source,
 * made by {@link SyntheticReports}), parsed and published once, before the measurement.
 */
final class FullReports {

	private FullReports() {
	}

	static PublishedReport[] published(int count) {
		Injector injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportLoader loader = injector.getInstance(ReportLoader.class);
		ReportAnalysis analysis = injector.getInstance(ReportAnalysis.class);
		SyntheticReports generator = new SyntheticReports();
		PublishedReport[] reports = new PublishedReport[count];
		for (int i = 0; i < count; i++) {
			Report report = (Report) loader.parse(Path.of("r" + i + ".report"), generator.generate(i, 4500, 0).source())
					.getContents().get(0);
			reports[i] = new PublishedReportBuilder().build(analysis.of(report));
		}
		return reports;
	}
}
