package org.report.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.report.dsl.aggregate.Aggregation;
import org.report.dsl.aggregate.Aggregator;
import org.report.dsl.aggregate.GroupBy;
import org.report.dsl.aggregate.SummaryReport;
import org.report.dsl.aggregate.SummaryText;
import org.report.dsl.publish.html.AggregateHtml;
import org.report.dsl.standalone.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reportdsl aggregate PATH... -o OUT}: sums the reports found (recursively) into a summary
 * ({@link Aggregator}) written as OUT/summary.report, summary.txt, summary.json and dashboard.html. A file
 * that cannot be read never stops the run. Exit codes: 0 every report summed and without errors; 1 a
 * report with errors, a file that could not be read, a duplicate (same organ and year) or mixed formats
 * (the summary is still written); 2 usage or the output cannot be written.
 */
@Command(name = AggregateCommand.NAME, mixinStandardHelpOptions = true, description = {
		"汇总多份报告：各表逐项合计（summary.report），按机关的主要指标与排名、分组、各来源报告的状态（summary.txt、summary.json），",
		"以及汇总看板（dashboard.html，图表为内嵌 SVG）。无法读取的文件不会中断汇总。",
		"退出码：0 全部有效；1 有报告有错误、无法读取、重复（同一机关同一年度）或混用格式（仍生成汇总）；2 用法错误或无法写入。" })
final class AggregateCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "aggregate";

	/** What the group table is by (picocli parses the lower-case names). */
	enum Grouping {
		organ(GroupBy.ORGAN), year(GroupBy.YEAR), folder(GroupBy.FOLDER);

		final GroupBy by;

		Grouping(GroupBy by) {
			this.by = by;
		}
	}

	@Spec
	private CommandSpec spec;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "输出目录")
	private Path output;

	@Option(names = "--group-by", defaultValue = "organ", paramLabel = "FIELD",
			description = "分组：organ 机关、year 年度 或 folder 目录（默认 organ）")
	private Grouping groupBy;

	@Option(names = "--threads", paramLabel = "N", description = "并行读取的线程数（默认为处理器核数）")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--name", defaultValue = "汇总", paramLabel = "NAME", description = "汇总报告的机关名称（默认「汇总」）")
	private String name;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".report 文件或目录（递归查找）")
	private List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (threads < 1) {
			err.println("reportdsl aggregate: --threads 至少为 1");
			return ExitCodes.USAGE_OR_IO;
		}
		SourceFiles.Result found = SourceFiles.collect(paths);
		List<Aggregator.Source> sources = new ArrayList<>();
		for (SourceFiles.Source s : found.sources()) {
			sources.add(new Aggregator.Source(s.file(), s.shownPath(), folder(s)));
		}
		for (SourceFiles.Problem p : found.problems()) {
			sources.add(new Aggregator.Source(Path.of(p.path()), p.path(), "."));
		}
		Progress progress = new Progress(err, sources.size());
		Aggregation a = Languages.injector().getInstance(Aggregator.class).run(sources, groupBy.by, threads,
				progress::done);
		progress.finish();
		String text = SummaryText.write(a);
		try {
			if (Files.exists(output) && !Files.isDirectory(output)) {
				throw new IOException(output + " 不是目录");
			}
			AtomicFiles.write(output.resolve("summary.report"), SummaryReport.write(a, name));
			AtomicFiles.write(output.resolve("summary.txt"), text);
			AggregateJson.of(a).write(output.resolve("summary.json"));
			AtomicFiles.write(output.resolve("dashboard.html"), AggregateHtml.render(a, name + "：" + a.sources().size()
					+ " 份报告汇总"));
		} catch (IOException | SecurityException e) {
			err.println("reportdsl aggregate: 无法写入 " + output + "：" + IoMessages.writing(e));
			return ExitCodes.USAGE_OR_IO;
		}
		text.lines().takeWhile(l -> !l.isEmpty()).forEach(err::println);
		a.sources().stream().filter(s -> s.problem() != null)
				.forEach(s -> err.println(s.source() + "：" + s.status().label() + "：" + s.problem()));
		err.flush();
		return a.hasProblems() ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** The file's folder relative to the directory it was found under ("." at its top). */
	private static String folder(SourceFiles.Source s) {
		Path parent = s.file().toAbsolutePath().normalize().getParent();
		if (s.base() == null) {
			return parent == null || parent.getFileName() == null ? "." : parent.getFileName().toString();
		}
		String relative = s.base().relativize(parent).toString();
		return relative.isEmpty() ? "." : relative;
	}
}
