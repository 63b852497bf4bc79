package org.report.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.report.dsl.standalone.IoMessages;

/** The .report files named on the command line: files as given, directories searched recursively. */
final class SourceFiles {

	static final String EXTENSION = ".report";

	/** A path that could not be used, with the reason. */
	record Problem(String path, String message) {
	}

	/**
	 * A source file and where it was found.
	 *
	 * @param base the folder its output path is taken relative to: the common root of all the paths named
	 *             on the command line (so two 2024.report in different organ folders keep their folders),
	 *             or null for a file on its own
	 */
	record Source(Path file, Path base) {

		/** The file's name without .report. */
		String stem() {
			String name = file.getFileName().toString();
			return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
		}

		/** Its path under its base, as lists of many reports show it (the path as given without a base). */
		String shownPath() {
			return base == null ? file.toString() : base.relativize(file.toAbsolutePath().normalize()).toString();
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

	/**
	 * The .report files of the paths; each one's base is the common root of the paths (a directory
	 * named, or the folder of a file named), so outputs keep the folder structure of the sources.
	 */
	static Result collect(List<Path> paths) {
		Result found = find(paths);
		Path root = commonRoot(paths);
		if (root == null) {
			return found;
		}
		return new Result(found.sources().stream().map(s -> new Source(s.file(), root)).toList(), found.problems());
	}

	/** The deepest folder that holds every directory named and the folder of every file named, or null. */
	static Path commonRoot(List<Path> paths) {
		Path root = null;
		for (Path p : paths) {
			Path folder = p.toAbsolutePath().normalize();
			if (!Files.isDirectory(p)) {
				if (!Files.isRegularFile(p) || folder.getParent() == null) {
					continue;
				}
				folder = folder.getParent();
			}
			if (root == null) {
				root = folder;
			} else {
				while (root != null && !folder.startsWith(root)) {
					root = root.getParent();
				}
			}
		}
		return root;
	}

	private static Result find(List<Path> paths) {
		List<Source> sources = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				collectDirectory(p, sources, problems);
			} else if (Files.isRegularFile(p)) {
				sources.add(new Source(p, null));
			} else {
				problems.add(new Problem(p.toString(), whyNotAFile(p)));
			}
		}
		return new Result(sources, problems);
	}

	/** The .report files under a directory; each one skipped is a problem, and so is a directory with none. */
	private static void collectDirectory(Path p, List<Source> sources, List<Problem> problems) {
		Path base = p.toAbsolutePath().normalize();
		int before = sources.size() + problems.size();
		try (Stream<Path> walk = Files.walk(p)) {
			walk.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().forEach(f -> {
				if (Files.isRegularFile(f)) {
					sources.add(new Source(f, base));
				} else if (!Files.isDirectory(f)) {
					problems.add(new Problem(f.toString(), "已跳过：" + whyNotAFile(f)));
				}
			});
		} catch (IOException | UncheckedIOException e) {
			problems.add(new Problem(p.toString(), "无法读取目录：" + IoMessages.reading(e)));
			return;
		}
		if (sources.size() + problems.size() == before) {
			problems.add(new Problem(p.toString(), "目录中没有 .report 文件"));
		}
	}

	/** Why a path named or found is not a readable regular file. */
	static String whyNotAFile(Path p) {
		if (Files.isSymbolicLink(p)) {
			try {
				p.toRealPath();
			} catch (IOException e) {
				return IoMessages.isLinkLoop(e) ? "符号链接循环（链接最终指回自身）" : "符号链接指向的文件不存在（悬空链接）";
			}
		}
		return Files.exists(p) ? "不是普通文件" : "文件不存在";
	}

		private SourceFiles() {
	}
}
