package org.report.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.report.dsl.format.Rule;
import org.report.dsl.publish.DataCell;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.standalone.IoMessages;
import org.report.dsl.standalone.ReportLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reportdsl render}: the documents an office publishes, made by {@link RenderService} (a
 * report with errors is not rendered unless --force; the review page always is); each output file is written whole or not at all; one
 * failing report does not stop the others.
 */
@Command(name = RenderCommand.NAME, mixinStandardHelpOptions = true, description = {
		"生成发布文档：text 正式文本、html 打印版网页、review 审阅页（问题标注在原处）、json 数据、docx Word 文档、pdf PDF 文本（A4）；",
		"csv、parquet 为供统计分析的长表（每个单元格一行），多个报告可用 --combine 写入同一个文件。",
		"有错误的报告不生成（review 除外），除非 --force；退出码同 validate。" })
final class RenderCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "render";

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", split = ",", paramLabel = "FORMAT",
			description = "text、html、review、json、docx、pdf、csv 或 parquet（默认 text）；可用逗号列出多种，一次生成")
	private List<DocumentFormat> formats;

	@Option(names = { "-o", "--output" }, description = "输出目录：X.report 生成 DIR/X.txt|.html|.review.html|.json|.docx|.pdf|.csv|.parquet")
	private Path output;

	/** The output was found to be a folder or missing (made when the first document is written). */
	private volatile boolean outputUsable;

	@Option(names = "--combine", paramLabel = "FILE",
			description = "csv 或 parquet：所有报告的长表写入这一个文件（而不是每个报告一个文件）")
	private Path combine;

	@Option(names = "--force", description = "有错误也生成")
	private boolean force;

	@Option(names = "--keep-line-breaks", description = "正式文本（text）保留叙述原有的换行；默认按网页的分段合并折行")
	private boolean keepLineBreaks;

	/** The official text with the source's line breaks in narrative kept ({@code --keep-line-breaks}). */
	private static final RenderService.DocumentKind TEXT_AS_WRITTEN = new RenderService.DocumentKind() {
		@Override
		public String extension() {
			return DocumentFormat.text.extension();
		}

		@Override
		public boolean showsFindings() {
			return false;
		}

		@Override
		public String render(PublishedReport report, List<ReviewFinding> findings) {
			return new TextRenderer(true).render(report);
		}
	};

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".report 文件或目录（递归查找）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		SourceFiles.Result sources = SourceFiles.collect(paths);
		List<DocumentFormat> documents = formats.stream().filter(f -> !f.longFormat()).distinct().toList();
		List<DocumentFormat> tables = formats.stream().filter(DocumentFormat::longFormat).distinct().toList();
		if (combine != null && tables.size() != 1) {
			err.println("reportdsl render: --combine 需要且只能配合一种长表格式：csv 或 parquet");
			return ExitCodes.USAGE_OR_IO;
		}
		int separate = documents.size() + (combine == null ? tables.size() : 0);
		if (output == null && separate > 0 && sources.sources().size() + sources.problems().size() > 1) {
			err.println("reportdsl render: 多个报告需要用 -o 指定输出目录"
					+ (tables.isEmpty() ? "" : "（长表也可用 --combine 写入一个文件）"));
			return ExitCodes.USAGE_OR_IO;
		}
		if (output == null && separate > 1) {
			err.println("reportdsl render: 多种格式需要用 -o 指定输出目录");
			return ExitCodes.USAGE_OR_IO;
		}
		if (output == null && combine == null && tables.contains(DocumentFormat.parquet)) {
			err.println("reportdsl render: parquet 是二进制文件，需要用 -o 指定输出目录或用 --combine 指定输出文件");
			return ExitCodes.USAGE_OR_IO;
		}
		DocumentFormat binary = formats.stream().filter(DocumentFormat::binary).findFirst().orElse(null);
		if (output == null && binary != null) {
			err.println("reportdsl render: " + binary.binaryName() + "需要用 -o 指定输出目录");
			return ExitCodes.USAGE_OR_IO;
		}
		List<CliFinding> findings = new ArrayList<>();
		boolean ioProblem = false;
		for (SourceFiles.Problem p : sources.problems()) {
			findings.add(CliFinding.of(p.path(), 1, 1, Rule.IO, p.message()));
			ioProblem = true;
		}
		ReportLoader loader = sources.sources().isEmpty() ? null : Languages.loader();
		RenderService service = Languages.injector().getInstance(RenderService.class);
		Map<Path, Path> written = new HashMap<>();
		List<RenderService.DocumentKind> kinds = documents.stream()
				.map(f -> keepLineBreaks && f == DocumentFormat.text ? TEXT_AS_WRITTEN : (RenderService.DocumentKind) f).toList();
		Batch batch = new Batch();
		if (combine != null) {
			try {
				batch.combined = new CombinedLongFormat(combine, tables.get(0));
			} catch (IOException | SecurityException e) {
				findings.add(CliFinding.of(combine.toString(), 1, 1, Rule.IO, "无法写入 " + combine + "：" + IoMessages.writing(e)));
				batch.ioProblem = true;
			}
		}
		Progress progress = new Progress(err, sources.sources().size());
		// Checked and rendered on a few threads (PDF and Word set there too), written here in input order (InOrder).
		InOrder.forEach(sources.sources(), InOrder.threads(sources.sources().size()), source -> {
			FileCheck check = FileCheck.of(loader, source.file());
			DataCapture capture = tables.isEmpty() ? null : new DataCapture();
			List<RenderService.DocumentKind> these = new ArrayList<>(kinds);
			if (capture != null) {
				these.add(capture);
			}
			RenderService.Rendered rendered = service.render(check.checked(), these, force);
			List<Prepared> prepared = new ArrayList<>();
			for (RenderService.Document document : rendered.documents()) {
				if (document.kind() != capture) {
					prepared.add(new Prepared(document.kind(), document.bytes(), null));
				}
			}
			for (RenderService.Failed failed : rendered.failed()) {
				prepared.add(new Prepared(failed.kind(), null, failed.message()));
			}
			PublishedReport published = capture == null ? null : capture.take();
			return new Checked(source, check, prepared, published, capture != null && capture.valid());
		}, done -> {
			findings.addAll(done.check().findings());
			batch.ioProblem |= done.check().unreadable();
			SourceFiles.Source source = done.source();
			for (Prepared document : done.documents()) {
				CliFinding problem = document.failure() != null
						? CliFinding.of(source.file().toString(), 1, 1, Rule.IO, document.failure())
						: output == null ? print(new String(document.bytes(), java.nio.charset.StandardCharsets.UTF_8))
						: write(source, document.kind(), document.bytes(), written);
				batch.count(findings, problem);
			}
			PublishedReport published = done.published();
			if (published != null) {
				LongFormat.Report report = new LongFormat.Report(published.organ(), published.year(),
						Integer.toString(published.format().number()), done.valid(), source.file().toString());
				List<DataCell> cells = DataCell.of(published);
				if (combine != null) {
					CliFinding problem = batch.combined == null ? null : batch.combined.write(report, cells);
					if (problem != null) {
						findings.add(problem);
						batch.ioProblem = true;
						batch.combined = null;
					}
				} else {
					for (DocumentFormat table : tables) {
						batch.count(findings, output == null ? printCsv(report, cells)
								: writeLongFormat(source, table, report, cells, written));
					}
				}
			}
			progress.done(batch.rendered);
		});
		if (batch.combined != null) {
			batch.count(findings, batch.combined.finish());
		}
		progress.finish();
		ioProblem |= batch.ioProblem;
		int rendered = batch.rendered;
		FindingsReport report = new FindingsReport(sources.sources().size(), findings);
		report.findings().forEach(f -> err.println(f.toText()));
		err.println(report.files() + " 个文件，生成 " + rendered + " 份文档，" + report.errors() + " 个错误，"
				+ report.warnings() + " 个警告");
		err.flush();
		if (ioProblem) {
			return ExitCodes.USAGE_OR_IO;
		}
		return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * One report checked and rendered (on a worker thread), not yet written: its documents, and for the
	 * long format the published report (null when withheld) and whether it has no error.
	 */
	private record Checked(SourceFiles.Source source, FileCheck check, List<Prepared> documents,
			PublishedReport published, boolean valid) {
	}

	/** A document's file as it will be written, or why it cannot be made (a PDF too long, no fonts). */
	private record Prepared(RenderService.DocumentKind kind, byte[] bytes, String failure) {
	}

	/** What the writing of a batch has counted so far (on the calling thread only). */
	private static final class Batch {
		int rendered;
		boolean ioProblem;
		CombinedLongFormat combined;

		/** Counts a document written, or records why it was not. */
		void count(List<CliFinding> findings, CliFinding problem) {
			if (problem == null) {
				rendered++;
			} else {
				findings.add(problem);
				ioProblem = true;
			}
		}
	}

	/** Prints a text document (binary documents are refused before: they go to files only). */
	private CliFinding print(String document) {
		spec.commandLine().getOut().print(document);
		spec.commandLine().getOut().flush();
		return null;
	}

	/** The long format of one report as CSV on standard output (without byte order mark). */
	private CliFinding printCsv(LongFormat.Report report, List<DataCell> cells) {
		try (LongFormat csv = new LongFormatCsv(spec.commandLine().getOut(), false)) {
			csv.write(report, cells);
		} catch (IOException e) {
			return CliFinding.of(report.sourceFile(), 1, 1, Rule.IO, "无法输出：" + IoMessages.writing(e));
		}
		spec.commandLine().getOut().flush();
		return null;
	}

	/** Writes one report's long format to its own file; returns the problem, or null when written. */
	private CliFinding writeLongFormat(SourceFiles.Source source, DocumentFormat format, LongFormat.Report report,
			List<DataCell> cells, Map<Path, Path> written) {
		Path target = source.outputIn(output, format.extension());
		CliFinding refused = refusedTarget(source, target, written);
		if (refused != null) {
			return refused;
		}
		try {
			requireOutputFolder();
			try (AtomicFiles.Pending pending = new AtomicFiles.Pending(target)) {
				try (LongFormat writer = LongFormatFiles.open(format, pending.temp())) {
					writer.write(report, cells);
				}
				pending.commit();
			}
			return null;
		} catch (IOException | SecurityException e) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}


	/**
	 * Why an output file must not be written, or null: a name Windows cannot hold, or a file another
	 * source of this run already wrote.
	 */
	private CliFinding refusedTarget(SourceFiles.Source source, Path target, Map<Path, Path> written) {
		String badName = OutputNames.problem(output.relativize(target));
		if (badName != null) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"未生成 " + target + "：文件名" + badName + "；请改名");
		}
		Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), source.file());
		if (earlier != null) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"输出文件 " + target + " 已由 " + earlier + " 生成；请改名或分开输出");
		}
		return null;
	}

	/**
	 * Refuses an output that is a file. Once it was found usable it is not looked at again: a batch writes
	 * thousands of documents, and each look costs two system calls.
	 */
	private void requireOutputFolder() throws IOException {
		if (!outputUsable) {
			if (Files.exists(output) && !Files.isDirectory(output)) {
				throw new IOException(output + " 不是目录");
			}
			outputUsable = true;
		}
	}

	/** Writes one document; returns the problem, or null when written. */
	private CliFinding write(SourceFiles.Source source, RenderService.DocumentKind format, byte[] bytes,
			Map<Path, Path> written) {
		Path target = source.outputIn(output, format.extension());
		CliFinding refused = refusedTarget(source, target, written);
		if (refused != null) {
			return refused;
		}
		try {
			requireOutputFolder();
			AtomicFiles.write(target, bytes);
			return null;
		} catch (IOException | SecurityException e) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}
}
