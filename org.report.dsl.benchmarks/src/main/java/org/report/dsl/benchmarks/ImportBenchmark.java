package org.report.dsl.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.ReportImporter;

/**
 * {@code reportdsl import} alone, on one thread: a whole published report (corpus/published:
 * pingtan-2022 prints every table cell run together, huaian-shizhengfu-2024 is re-wrapped by PDF
 * extraction), and a text whose table 三 prints all 175 cells run together with values of one and two
 * digits (seeded; a few rows keep two readings under R1–R3, which the import lists instead of guessing).
 * Sample time, so the worst call (p1.00) shows as well as the mean. Targets (issue: import): a full
 * published report under 50 ms warm; the run-together table 三 under 1 s worst case.
 *
 * <pre>java -jar org.report.dsl.benchmarks/target/benchmarks.jar Import</pre>
 * (from the repository root, the repository's corpus/published by default; -Dreportdsl.corpus=DIR names another corpus directory)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

	@Param({ "pingtan-2022", "huaian-shizhengfu-2024" })
	public String published;

	private final ReportImporter importer = new ReportImporter();
	private byte[] report;
	private byte[] runTogether;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Path corpus = Path.of(System.getProperty("reportdsl.corpus", "corpus/published"));
		report = Files.readAllBytes(corpus.resolve(published + ".txt"));
		runTogether = RunTogetherTable.text(2025).getBytes(StandardCharsets.UTF_8);
		// the run-together table is left with a few genuinely ambiguous rows (listed, not guessed): the
		// search has to find every solution, which is the worst case measured here
		check(importer.importText(published + ".txt", report, null));
	}

	/** A benchmark of an import that fails measures nothing useful. */
	private static void check(ImportResult result) {
		if (result.hasErrors()) {
			throw new IllegalStateException("the benchmark's input does not import cleanly: " + result.findings());
		}
	}

	@Benchmark
	public String publishedReport() {
		return importer.importText("published.txt", report, null).source();
	}

	@Benchmark
	public String runTogetherTable3() {
		return importer.importText("run-together.txt", runTogether, null).source();
	}

	/**
	 * The published documents themselves (issue: import of web pages, PDF and Word; targets warm: a web
	 * page under 20 ms, a 6-page PDF under 300 ms, a Word document under 50 ms): corpus/html/pingtan-2022.html
	 * as saved from the site, corpus/pdf/huaian-shizhengfu-2024.pdf as the office published it, and a
	 * .docx made here of pingtan-2022's published text, one paragraph a line (the text's run-together
	 * tables: what the Word reader costs beside the text stage), and corpus/generated/doc/pingtan-2022.doc (Word
	 * 97–2003, made with LibreOffice from the example's Word rendering: real tables, read with POI's HWPF).
	 * Independent of {@link #published}: run
	 * with {@code -p published=pingtan-2022}.
	 */
	@State(Scope.Thread)
	public static class Documents {
		byte[] page;
		byte[] pdf;
		byte[] docx;
		byte[] doc;

		@Setup(Level.Trial)
		public void setUp() throws IOException {
			Path corpus = Path.of(System.getProperty("reportdsl.corpus", "corpus/published"));
			page = Files.readAllBytes(corpus.resolveSibling("html/pingtan-2022.html"));
			pdf = Files.readAllBytes(corpus.resolveSibling("pdf/huaian-shizhengfu-2024.pdf"));
			docx = WordDocument.of(Files.readString(corpus.resolve("pingtan-2022.txt"), StandardCharsets.UTF_8));
			doc = Files.readAllBytes(corpus.resolveSibling("generated/doc/pingtan-2022.doc"));
			ReportImporter importer = new ReportImporter();
			check(importer.importText("page.html", page, null));
			check(importer.importText("report.pdf", pdf, null));
			check(importer.importText("report.docx", docx, null));
			check(importer.importText("report.doc", doc, null));
		}
	}

	@Benchmark
	public String webPage(Documents d) {
		return importer.importText("page.html", d.page, null).source();
	}

	@Benchmark
	public String pdf(Documents d) {
		return importer.importText("report.pdf", d.pdf, null).source();
	}

	@Benchmark
	public String wordDocument(Documents d) {
		return importer.importText("report.docx", d.docx, null).source();
	}

	@Benchmark
	public String wordDocumentOfOld(Documents d) {
		return importer.importText("report.doc", d.doc, null).source();
	}
}
