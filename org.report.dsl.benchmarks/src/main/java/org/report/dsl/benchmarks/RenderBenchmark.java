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
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.publish.html.HtmlRenderer;

/**
 * The generators alone, on one thread, warm: a full report (every cell written, ~8 KB) already parsed
 * and published, rendered as official text and as print HTML. Targets (issue: publishing): at least
 * 2,000 reports/s for text, 1,000 for HTML.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar Render</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

	private static final int DISTINCT = 16;

	private PublishedReport[] reports;
	private int next;
	private final TextRenderer text = new TextRenderer();
	private final HtmlRenderer html = new HtmlRenderer();

	@Setup(Level.Trial)
	public void setUp() {
		reports = FullReports.published(DISTINCT);
	}

	@Benchmark
	public String officialText() {
		return text.render(reports[next++ % DISTINCT]);
	}

	@Benchmark
	public String printHtml() {
		return html.render(reports[next++ % DISTINCT]);
	}
}
