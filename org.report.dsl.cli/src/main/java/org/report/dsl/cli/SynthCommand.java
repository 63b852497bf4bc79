package org.report.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.report.dsl.synthetic.SyntheticReport;
import org.report.dsl.synthetic.SyntheticReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reportdsl synth}: writes generated reports, for benchmarks and trying the tool. */
@Command(name = SynthCommand.NAME, mixinStandardHelpOptions = true, description = {
		"生成合成报告（用于基准测试与演示）：每个单元格都填写，合计一致；可植入勾稽错误。" })
final class SynthCommand implements Callable<Integer> {

	/** The subcommand's name on the command line. */
	static final String NAME = "synth";

	@Spec
	private CommandSpec spec;

	@Option(names = { "-o", "--output" }, required = true, description = "输出目录")
	private Path output;

	@Option(names = "--count", defaultValue = "1", description = "报告数量（默认 1）")
	private int count;

	@Option(names = "--narrative", defaultValue = "4500", description = "每份报告的叙述文字字数（默认 4500，约 8 KB 一份）")
	private int narrative;

	@Option(names = "--errors", defaultValue = "0", description = "每份报告植入的勾稽错误数（默认 0）")
	private int errors;

	@Option(names = "--seed", defaultValue = "1", description = "随机种子（默认 1）")
	private long seed;

	@Override
	public Integer call() {
		SyntheticReports generator = new SyntheticReports();
		try {
			Files.createDirectories(output);
			for (int i = 0; i < count; i++) {
				SyntheticReport r = generator.generate(seed + i, narrative, errors);
				Path file = output.resolve(String.format("synthetic-%05d.report", i + 1));
				Files.writeString(file, r.source(), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			spec.commandLine().getErr().println("reportdsl synth: 无法写入 " + output + "：" + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		spec.commandLine().getOut().println("已生成 " + count + " 份报告：" + output);
		return ExitCodes.OK;
	}
}
