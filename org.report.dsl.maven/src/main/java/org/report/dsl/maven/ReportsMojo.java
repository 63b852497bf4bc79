package org.report.dsl.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.report.dsl.cli.ExitCodes;

/**
 * What both goals share: the folder of .report files (源文件目录), which of them (includes), and how
 * the command line's exit code ends the build (1 有错误: fails unless failOnError is false; 2 用法或读写问题:
 * always fails).
 */
abstract class ReportsMojo extends AbstractMojo {

	/** The folder searched (recursively) for .report files. */
	@Parameter(property = "reportdsl.sourceDirectory", defaultValue = "${project.basedir}/src/main/reports", required = true)
	protected File sourceDirectory;

	/**
	 * Glob patterns (relative to sourceDirectory, e.g. {@code 2025/*.report}) selecting the reports;
	 * empty: the whole folder, as {@code reportdsl validate DIR} does.
	 */
	@Parameter(property = "reportdsl.includes")
	protected List<String> includes;

	/** Whether a report with errors fails the build (the documents of the others are still written). */
	@Parameter(property = "reportdsl.failOnError", defaultValue = "true")
	protected boolean failOnError;

	/** Skips the goal. */
	@Parameter(property = "reportdsl.skip", defaultValue = "false")
	protected boolean skip;

	/** The command line's arguments before the sources, e.g. {@code validate}. */
	protected abstract List<String> command() throws MojoExecutionException;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("reportdsl: skipped");
			return;
		}
		List<String> args = new ArrayList<>(command());
		args.addAll(sources());
		CommandLineRun run = CommandLineRun.of(args, getLog());
		switch (run.exitCode()) {
		case ExitCodes.OK -> {
		}
		case ExitCodes.FINDINGS -> {
			String what = "reportdsl " + args.get(0) + "：报告有错误（见上面 error 行的文件:行:列）";
			if (failOnError) {
				throw new MojoFailureException(what);
			}
			getLog().warn(what + "；failOnError=false，构建继续");
		}
		default -> throw new MojoFailureException("reportdsl " + args.get(0) + "：用法、读写或编码问题（见上文），退出码 "
				+ run.exitCode());
		}
	}

	/** The folder itself, or the files the includes select in it (sorted, so that the order is stable). */
	private List<String> sources() throws MojoFailureException {
		Path root = sourceDirectory.toPath().toAbsolutePath().normalize();
		if (includes == null || includes.isEmpty()) {
			return List.of(root.toString());
		}
		if (!Files.isDirectory(root)) {
			throw new MojoFailureException("reportdsl：源文件目录不存在：" + root);
		}
		List<PathMatcher> matchers = includes.stream()
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
				.toList();
		try (Stream<Path> files = Files.walk(root)) {
			List<String> selected = files.filter(Files::isRegularFile)
					.filter(f -> matchers.stream().anyMatch(m -> m.matches(root.relativize(f))))
					.map(Path::toString)
					.sorted()
					.toList();
			if (selected.isEmpty()) {
				throw new MojoFailureException("reportdsl：" + root + " 中没有与 includes " + includes + " 匹配的文件");
			}
			return selected;
		} catch (IOException e) {
			throw new MojoFailureException("reportdsl：无法读取目录 " + root + "：" + e.getMessage());
		}
	}
}
