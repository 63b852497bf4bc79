package org.report.dsl.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.compare.CompareService;
import org.report.dsl.compare.ReportComparer;
import org.report.dsl.compare.ReportComparison;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.html.CompareHtml;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.synthetic.SyntheticReports;

import com.google.inject.Injector;

/**
 * 年度对比 of two full reports (every cell written, ~8 KB each), one thread, warm. Target (issue 15):
 * ≤ 50 ms per comparison. {@code fromText}: what {@code reportdsl compare} does after reading the
 * files — both texts parsed and checked (every rule), published, compared, and the page rendered;
 * {@code published}: the comparison and its page alone, from two published reports.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar Compare</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareBenchmark {

	private ReportLoader loader;
	private CompareService service;
	private String previous, current;
	private PublishedReport previousPublished, currentPublished;
	private final ReportComparer comparer = new ReportComparer();

	@Setup(Level.Trial)
	public void setUp() {
		Injector injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		loader = injector.getInstance(ReportLoader.class);
		service = injector.getInstance(CompareService.class);
		SyntheticReports generator = new SyntheticReports();
		previous = generator.generate(1, 4500, 0).source();
		current = generator.generate(2, 4500, 0).source();
		ReportAnalysis analysis = injector.getInstance(ReportAnalysis.class);
		previousPublished = publish(analysis, previous, "prev.report");
		currentPublished = publish(analysis, current, "now.report");
	}

	private PublishedReport publish(ReportAnalysis analysis, String text, String name) {
		Report report = (Report) loader.parse(Path.of(name), text).getContents().get(0);
		return new PublishedReportBuilder().build(analysis.of(report));
	}

	@Benchmark
	public String fromText() {
		ReportComparison c = service.compare(
				loader.check(previous, URI.createFileURI("/bench/prev.report"), CancelIndicator.NullImpl),
				loader.check(current, URI.createFileURI("/bench/now.report"), CancelIndicator.NullImpl));
		return CompareHtml.render(c);
	}

	@Benchmark
	public String published() {
		return CompareHtml.render(comparer.compare(previousPublished, currentPublished));
	}
}
