package org.report.dsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.report.dsl.format.Rule;
import org.report.dsl.standalone.ReportLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reportdsl validate}: every rule of the format, one line (or JSON object) per finding. */
@Command(name = ValidateCommand.NAME, mixinStandardHelpOptions = true, description = {
		"检查 .report 文件：勾稽关系、结构与文字。",
		"退出码：0 无错误（允许警告），1 有错误，2 用法、读写或编码问题。" })
final class ValidateCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "validate";

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 text）")
	private OutputFormat format;

	@Option(names = "--strict", description = "警告也算作错误（退出码 1）")
	private boolean strict;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".report 文件或目录（递归查找）")
	private List<Path> paths;

	enum OutputFormat {
		text, json
	}

	@Override
	public Integer call() {
		SourceFiles.Result sources = SourceFiles.collect(paths);
		List<CliFinding> findings = new ArrayList<>();
		boolean unreadable = false;
		for (SourceFiles.Problem p : sources.problems()) {
			findings.add(CliFinding.of(p.path(), 1, 1, Rule.IO, p.message()));
			unreadable = true;
		}
		ReportLoader loader = sources.files().isEmpty() ? null : Languages.loader();
		for (Path file : sources.files()) {
			FileCheck check = FileCheck.of(loader, file);
			findings.addAll(check.findings());
			unreadable |= check.unreadable();
		}
		FindingsReport report = new FindingsReport(sources.files().size(), findings);
		var out = spec.commandLine().getOut();
		out.print(format == OutputFormat.json ? report.toJson() : report.toText());
		out.flush();
		if (unreadable) {
			return ExitCodes.USAGE_OR_IO;
		}
		boolean failed = report.errors() > 0 || strict && report.warnings() > 0;
		return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
