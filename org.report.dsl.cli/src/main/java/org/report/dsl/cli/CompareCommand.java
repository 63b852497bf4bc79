package org.report.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.report.dsl.compare.CompareService;
import org.report.dsl.compare.ReportComparison;
import org.report.dsl.format.Rule;
import org.report.dsl.publish.html.CompareHtml;
import org.report.dsl.standalone.IoMessages;
import org.report.dsl.standalone.ReportLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reportdsl compare PREVIOUS CURRENT}: one organ's two years side by side
 * ({@link CompareService}), as a page (html) or data (json). Exit codes: 0 compared, neither report
 * has errors and the carried-over checks hold; 1 compared, but a report has errors or a carried-over
 * check (X1/X2) does not hold; 2 usage, a file that cannot be read or written.
 */
@Command(name = CompareCommand.NAME, mixinStandardHelpOptions = true, description = {
		"年度对比：同一机关相邻两年的报告逐项对比（增减与增减率）、跨年勾稽检查（X1/X2）、变化最大的项、数字有变化的叙述、增删的部分。",
		"支持 2019 格式与 2021 格式之间的对比（含义相同的项逐项对应）。",
		"退出码：0 对比完成且无错误、跨年勾稽相符；1 报告有错误或跨年勾稽不符（仍生成对比）；2 用法错误或文件无法读写。" })
final class CompareCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "compare";

	/** The documents compare writes. */
	enum Format {
		html(".compare.html"), json(".compare.json");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "html", split = ",", paramLabel = "FORMAT",
			description = "html 或 json（默认 html）；可用逗号列出多种")
	private List<Format> formats;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "输出目录：生成 DIR/<本年报告名>.compare.html|.compare.json；不指定时输出到标准输出（仅一种格式）")
	private Path output;

	@Parameters(index = "0", paramLabel = "PREVIOUS", description = "上年报告（.report）")
	private Path previous;

	@Parameters(index = "1", paramLabel = "CURRENT", description = "本年报告（.report）")
	private Path current;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (output == null && formats.size() > 1) {
			err.println("reportdsl compare: 多种格式需要用 -o 指定输出目录");
			return ExitCodes.USAGE_OR_IO;
		}
		ReportLoader loader = Languages.loader();
		FileCheck before = FileCheck.of(loader, previous), now = FileCheck.of(loader, current);
		List<CliFinding> findings = new ArrayList<>(before.findings());
		findings.addAll(now.findings());
		ReportComparison comparison = before.unreadable() || now.unreadable() ? null
				: Languages.injector().getInstance(CompareService.class).compare(before.checked(), now.checked());
		boolean ioProblem = comparison == null;
		if (comparison != null) {
			for (Format format : formats) {
				String document = format == Format.html ? CompareHtml.render(comparison)
						: CompareJson.of(comparison).toJson();
				CliFinding problem = output == null ? print(document) : write(format, document);
				if (problem != null) {
					findings.add(problem);
					ioProblem = true;
				}
			}
		}
		FindingsReport report = new FindingsReport(2, findings);
		report.findings().forEach(f -> err.println(f.toText()));
		if (comparison != null) {
			comparison.checks().stream().filter(k -> !k.holds()).forEach(k -> err.println(current + ": "
					+ k.relation().rule().id() + " 跨年勾稽不符：" + k.relation().subject() + " 本年 "
					+ k.current().toPlainString() + "，上年 " + k.previous().toPlainString()));
			if (!comparison.consecutive()) {
				err.println("reportdsl compare: 注意：两份报告不是同一机关相邻两年的报告");
			}
			err.println("对比 " + comparison.cells().size() + " 项，" + comparison.changedCells() + " 项有变化，"
					+ report.errors() + " 个错误，" + report.warnings() + " 个警告");
		}
		err.flush();
		if (ioProblem) {
			return ExitCodes.USAGE_OR_IO;
		}
		return report.errors() > 0 || !comparison.checksHold() ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private CliFinding print(String document) {
		spec.commandLine().getOut().print(document);
		spec.commandLine().getOut().flush();
		return null;
	}

	private CliFinding write(Format format, String document) {
		String name = current.getFileName().toString();
		if (name.endsWith(SourceFiles.EXTENSION)) {
			name = name.substring(0, name.length() - SourceFiles.EXTENSION.length());
		}
		Path target = output.resolve(name + format.extension);
		try {
			if (Files.exists(output) && !Files.isDirectory(output)) {
				throw new IOException(output + " 不是目录");
			}
			AtomicFiles.write(target, document);
			return null;
		} catch (IOException | SecurityException e) {
			return CliFinding.of(current.toString(), 1, 1, Rule.IO, "无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}
}
