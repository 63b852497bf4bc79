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
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.publish.pdf.PdfRenderer;

/**
 * The PDF of one full report (every cell written, ~8 KB of source), warm, on one thread: the print page
 * already made, set as A4 pages with its fonts embedded. Target (issue 11): at most 300 ms.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar Pdf</pre>
 *
 * {@link #main} is the batch check: N reports (default 1,000) to PDF in one process, at most 2 minutes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PdfBenchmark {

	private static final int DISTINCT = 16;

	private String[] pages;
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		pages = pages(DISTINCT);
	}

	static String[] pages(int count) {
		PublishedReport[] reports = FullReports.published(count);
		String[] html = new String[count];
		for (int i = 0; i < count; i++) {
			html[i] = new HtmlRenderer().render(reports[i]);
		}
		return html;
	}

	@Benchmark
	public byte[] pdf() throws PdfRenderer.Failure {
		return PdfRenderer.render(pages[next++ % DISTINCT]);
	}

	/** N reports (argument, default 1,000) to PDF in one process: the time and the largest PDF. */
	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		String[] html = pages(DISTINCT);
		long start = System.nanoTime();
		long largest = 0;
		for (int i = 0; i < n; i++) {
			largest = Math.max(largest, PdfRenderer.render(html[i % DISTINCT]).length);
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%d PDFs in %d ms (%.1f ms each), largest %d bytes%n", n, ms, (double) ms / n, largest);
	}
}
