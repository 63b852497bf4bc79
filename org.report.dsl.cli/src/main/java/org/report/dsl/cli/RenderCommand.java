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
import org.report.dsl.publish.RenderService;
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
@Command(name = "render", mixinStandardHelpOptions = true, description = {
		"生成发布文档：text 正式文本、html 打印版网页、review 审阅页（问题标注在原处）、json 数据。",
		"有错误的报告不生成（review 除外），除非 --force；退出码同 validate。" })
final class RenderCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", split = ",", paramLabel = "FORMAT",
			description = "text、html、review 或 json（默认 text）；可用逗号列出多种，一次生成")
	private List<DocumentFormat> formats;

	@Option(names = { "-o", "--output" }, description = "输出目录：X.report 生成 DIR/X.txt|.html|.review.html|.json")
	private Path output;

	@Option(names = "--force", description = "有错误也生成")
	private boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".report 文件或目录（递归查找）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		SourceFiles.Result sources = SourceFiles.collect(paths);
		if (output == null && sources.sources().size() + sources.problems().size() > 1) {
			err.println("reportdsl render: 多个报告需要用 -o 指定输出目录");
			return ExitCodes.USAGE_OR_IO;
		}
		if (output == null && formats.size() > 1) {
			err.println("reportdsl render: 多种格式需要用 -o 指定输出目录");
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
		Progress progress = new Progress(err, sources.sources().size());
		// Checked and rendered on a few threads, written here in input order (InOrder).
		Batch batch = new Batch();
		InOrder.forEach(sources.sources(), InOrder.threads(sources.sources().size()), source -> {
			FileCheck check = FileCheck.of(loader, source.file());
			return new Checked(source, check, service.render(check.checked(), formats, force).documents());
		}, done -> {
			findings.addAll(done.check().findings());
			batch.ioProblem |= done.check().unreadable();
			for (RenderService.Document document : done.documents()) {
				CliFinding problem = output == null ? print(document.content())
						: write(done.source(), document.kind(), document.content(), written);
				if (problem == null) {
					batch.rendered++;
				} else {
					findings.add(problem);
					batch.ioProblem = true;
				}
			}
			progress.done(batch.rendered);
		});
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

	/** One report checked and rendered (on a worker thread), not yet written. */
	private record Checked(SourceFiles.Source source, FileCheck check, List<RenderService.Document> documents) {
	}

	/** What the writing of a batch has counted so far (on the calling thread only). */
	private static final class Batch {
		int rendered;
		boolean ioProblem;
	}

	private CliFinding print(String document) {
		spec.commandLine().getOut().print(document);
		spec.commandLine().getOut().flush();
		return null;
	}

	/** Writes one document; returns the problem, or null when written. */
	private CliFinding write(SourceFiles.Source source, RenderService.DocumentKind format, String document,
			Map<Path, Path> written) {
		Path target = source.outputIn(output, format.extension());
		Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), source.file());
		if (earlier != null) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"输出文件 " + target + " 已由 " + earlier + " 生成；请改名或分开输出");
		}
		try {
			if (Files.exists(output) && !Files.isDirectory(output)) {
				throw new IOException(output + " 不是目录");
			}
			AtomicFiles.write(target, document);
			return null;
		} catch (IOException | SecurityException e) {
			return CliFinding.of(source.file().toString(), 1, 1, Rule.IO,
					"无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}
}
