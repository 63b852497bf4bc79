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
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.ImportResult;
import org.report.dsl.importer.PreviousYear;
import org.report.dsl.importer.ReportImporter;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.standalone.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reportdsl import}: published texts (网页复制、PDF 提取) into the language. A value that cannot
 * be recovered is written unresolved (「?」, which validate rejects) and is an error; a text that is no
 * report is not written at all; each output file is written whole or not at all; one failing file
 * does not stop the others.
 */
@Command(name = ImportCommand.NAME, mixinStandardHelpOptions = true, description = {
		"把已发布的年报文本（UTF-8，或 GB18030/GBK）导入为 .report：一个文件且无 -o 时输出到标准输出，否则 X.txt 生成 DIR/X.report。",
		"导入中的规整（错字、空格读作 0、缺列、折行）列为警告；无法恢复的数值为错误，在输出中标为未解决（?），不写 0。",
		"退出码：0 导入无错误（允许警告），1 有数值无法恢复或切分不唯一，2 用法、读写、编码问题或不是年报。" })
final class ImportCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "import";

	private static final String TXT = ".txt";

	@Spec
	private CommandSpec spec;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "输出目录：X.txt 生成 DIR/X.report")
	private Path output;

	@Option(names = "--previous", paramLabel = "FILE",
			description = "同一机关上一年度的 .report：用 X1、X2 在多种切分中选择，并写入「上年」")
	private Path previous;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "已发布的年报文本")
	private List<Path> files;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (output == null && files.size() > 1) {
			err.println("reportdsl import: 多个文件需要用 -o 指定输出目录");
			return ExitCodes.USAGE_OR_IO;
		}
		if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
			err.println("reportdsl import: " + output + " 不是目录");
			return ExitCodes.USAGE_OR_IO;
		}
		List<CliFinding> findings = new ArrayList<>();
		PreviousYear previousYear = null;
		if (previous != null) {
			PreviousReport.Read read = PreviousReport.read(Languages.loader(),
					Languages.injector().getInstance(ReportAnalysis.class), previous, previousPath());
			if (read.problem() != null) {
				err.println(read.problem().toText());
				err.println("reportdsl import: 无法读取 --previous 指定的上年报告 " + previous);
				return ExitCodes.USAGE_OR_IO;
			}
			previousYear = read.previous();
		}
		ReportImporter importer = new ReportImporter();
		Map<Path, Path> written = new HashMap<>();
		boolean failed = false;
		int imported = 0;
		Progress progress = new Progress(err, files.size());
		for (Path file : files) {
			Outcome outcome = importOne(importer, file, previousYear, written);
			findings.addAll(outcome.findings());
			failed |= outcome.unusable();
			if (outcome.written()) {
				imported++;
			}
			progress.done(imported);
		}
		progress.finish();
		FindingsReport report = new FindingsReport(files.size(), findings);
		report.findings().forEach(f -> err.println(f.toText()));
		err.println(report.files() + " 个文件，导入 " + imported + " 份，" + report.errors() + " 个错误，"
				+ report.warnings() + " 个警告");
		err.flush();
		if (failed) {
			return ExitCodes.USAGE_OR_IO;
		}
		return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** What became of one input: its findings, whether a report was written, whether it was unusable. */
	private record Outcome(List<CliFinding> findings, boolean written, boolean unusable) {
	}

	private Outcome importOne(ReportImporter importer, Path file, PreviousYear previousYear, Map<Path, Path> written) {
		String name = file.toString();
		byte[] bytes;
		try {
			if (!Files.isRegularFile(file)) {
				return failure(name, SourceFiles.whyNotAFile(file));
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException | SecurityException e) {
			return failure(name, "无法读取：" + IoMessages.reading(e));
		}
		int header = AlreadyInLanguage.headerLine(bytes);
		if (header > 0) {
			return new Outcome(List.of(CliFinding.of(name, header, 1, Rule.NOT_REPORT,
					"这已是 .report 语言的文件（以「年报」开头），无需导入：请直接用 reportdsl validate 检查")), false, true);
		}
		ImportResult result = importer.importText(file.getFileName().toString(), bytes, previousYear);
		List<CliFinding> findings = new ArrayList<>();
		for (ImportFinding f : result.findings()) {
			findings.add(new CliFinding(name, f.line(), f.column(), f.severity(), f.rule(),
					f.message()));
		}
		if (result.outcome() != ImportResult.Outcome.IMPORTED) {
			return new Outcome(findings, false, true);
		}
		if (output == null) {
			spec.commandLine().getOut().print(result.source());
			spec.commandLine().getOut().flush();
			return new Outcome(findings, true, false);
		}
		Path target = output.resolve(stem(file) + SourceFiles.EXTENSION);
		Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
		if (earlier != null) {
			findings.add(CliFinding.of(name, 1, 1, Rule.IO, "输出文件 " + target + " 已由 " + earlier + " 生成；请改名或分开输出"));
			return new Outcome(findings, false, true);
		}
		try {
			AtomicFiles.write(target, result.source());
			return new Outcome(findings, true, false);
		} catch (IOException | SecurityException e) {
			findings.add(CliFinding.of(name, 1, 1, Rule.IO, "无法写入 " + target + "：" + IoMessages.writing(e)));
			return new Outcome(findings, false, true);
		}
	}

	private static Outcome failure(String name, String message) {
		return new Outcome(List.of(CliFinding.of(name, 1, 1, Rule.IO, message)), false, true);
	}

	/** X.txt → X; any other name is kept whole. */
	/** Published documents the importer reads besides text: X.html gives X.report as X.txt does. */
	private static final java.util.List<String> DOCUMENT_EXTENSIONS = java.util.List.of(".html", ".htm", ".pdf",
			".docx", ".doc");

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		for (String ext : DOCUMENT_EXTENSIONS) {
			if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) && name.length() > ext.length()) {
				return name.substring(0, name.length() - ext.length());
			}
		}
		return name.endsWith(TXT) && name.length() > TXT.length() ? name.substring(0, name.length() - TXT.length()) : name;
	}

	/** The previous report as the output's 「上年」 line names it: relative to where the output is written. */
	private String previousPath() {
		Path base = (output == null ? Path.of("") : output).toAbsolutePath().normalize();
		return base.relativize(previous.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}
}
