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

	/**
	 * A source file and where it was found.
	 *
	 * @param base the directory named on the command line that contains it, or null for a file named itself
	 */
	record Source(Path file, Path base) {

		/** The file's name without .report. */
		String stem() {
			String name = file.getFileName().toString();
			return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
		}

		/** Where its output goes under an output directory: the same relative folder as under its base. */
		Path outputIn(Path directory, String extension) {
			Path folder = base == null ? directory
					: directory.resolve(base.relativize(file.toAbsolutePath().normalize().getParent()).toString());
			return folder.resolve(stem() + extension);
		}
	}

	record Result(List<Source> sources, List<Problem> problems) {
		List<Path> files() {
			return sources.stream().map(Source::file).toList();
		}
	}

	static Result collect(List<Path> paths) {
		List<Source> sources = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				Path base = p.toAbsolutePath().normalize();
				try (Stream<Path> walk = Files.walk(p)) {
					walk.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted()
							.forEach(f -> sources.add(new Source(f, base)));
				} catch (IOException | UncheckedIOException e) {
					problems.add(new Problem(p.toString(), "无法读取目录：" + e.getMessage()));
				}
			} else if (Files.isRegularFile(p)) {
				sources.add(new Source(p, null));
			} else {
				problems.add(new Problem(p.toString(), Files.exists(p) ? "不是普通文件" : "文件不存在"));
			}
		}
		return new Result(sources, problems);
	}

	private SourceFiles() {
	}
}
