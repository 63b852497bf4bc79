package org.report.dsl.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import org.report.dsl.cli.docx.DocxRenderer;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.synthetic.SyntheticReports;

import com.google.inject.Injector;

/**
 * The Word document (.docx) of one full report (every cell written, ~8 KB of source), already parsed and
 * published, on one thread, warm. Target (issue 12): at most 100 ms per report.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar Docx</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocxBenchmark {

	private static final int DISTINCT = 16;

	private PublishedReport[] reports;
	private int next;
	private final DocxRenderer docx = new DocxRenderer();

	@Setup(Level.Trial)
	public void setUp() {
		Injector injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportLoader loader = injector.getInstance(ReportLoader.class);
		ReportAnalysis analysis = injector.getInstance(ReportAnalysis.class);
		SyntheticReports generator = new SyntheticReports();
		reports = new PublishedReport[DISTINCT];
		for (int i = 0; i < DISTINCT; i++) {
			Report report = (Report) loader.parse(Path.of("r" + i + ".report"), generator.generate(i, 4500, 0).source())
					.getContents().get(0);
			reports[i] = new PublishedReportBuilder().build(analysis.of(report));
		}
	}

	@Benchmark
	public byte[] wordDocument() {
		return docx.render(reports[next++ % DISTINCT]);
	}
}
