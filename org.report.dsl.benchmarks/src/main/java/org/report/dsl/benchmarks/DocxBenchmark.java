package org.report.dsl.benchmarks;

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
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.docx.DocxRenderer;

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
		reports = FullReports.published(DISTINCT);
	}

	@Benchmark
	public byte[] wordDocument() {
		return docx.render(reports[next++ % DISTINCT]);
	}
}
