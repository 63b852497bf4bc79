package org.report.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The .report files named on the command line: files as given, directories searched recursively. */
final class SourceFiles {

	static final String EXTENSION = ".report";

	/** A path that could not be used, with the reason. */
	record Problem(String path, String message) {
	}

	record Result(List<Path> files, List<Problem> problems) {
	}

	static Result collect(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> walk = Files.walk(p)) {
					walk.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted()
							.forEach(files::add);
				} catch (IOException | UncheckedIOException e) {
					problems.add(new Problem(p.toString(), "无法读取目录：" + e.getMessage()));
				}
			} else if (Files.isRegularFile(p)) {
				files.add(p);
			} else {
				problems.add(new Problem(p.toString(), Files.exists(p) ? "不是普通文件" : "文件不存在"));
			}
		}
		return new Result(files, problems);
	}

	private SourceFiles() {
	}
}
