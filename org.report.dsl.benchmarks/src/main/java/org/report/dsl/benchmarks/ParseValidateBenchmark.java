package org.report.dsl.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.synthetic.SyntheticReport;
import org.report.dsl.synthetic.SyntheticReports;

/**
 * Parse + validate of one full report (every cell written, ~8 KB), on one thread, warm. Target
 * (issue: the report language): at least 500 reports/s.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar ParseValidate</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseValidateBenchmark {

	/** Reports cycled through, so no single input is optimised for. */
	private static final int DISTINCT = 16;

	@Param({ "0", "4" })
	public int plantedErrors;

	private ReportLoader loader;
	private String[] sources;
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		loader = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ReportLoader.class);
		SyntheticReports generator = new SyntheticReports();
		sources = new String[DISTINCT];
		for (int i = 0; i < DISTINCT; i++) {
			SyntheticReport r = generator.generate(i, 4500, plantedErrors);
			sources[i] = r.source();
		}
	}

	@Benchmark
	public List<Issue> parseAndValidate() {
		String source = sources[next++ % DISTINCT];
		XtextResource resource = loader.parse(Path.of("bench.report"), source);
		return loader.validate(resource);
	}
}
