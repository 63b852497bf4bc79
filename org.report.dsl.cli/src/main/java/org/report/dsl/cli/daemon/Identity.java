package org.report.dsl.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What one background process stands for: the working directory it was started in (relative paths of a
 * command line are relative to it, and a JVM cannot change it) and the program it runs (the jar, by its
 * modification time and size when it started: a rebuilt jar is another program).
 */
public record Identity(Path workingDirectory, Path program, String programVersion) {

	/** This process: its working directory and the jar (or folder) its classes come from. */
	public static Identity ofThisProcess() {
		Path program;
		try {
			program = Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (Exception e) {
			program = null;
		}
		return new Identity(Path.of("").toAbsolutePath(), program, version(program));
	}

	/** The program's modification time and size now, or "" when it cannot be read (gone). */
	public static String version(Path program) {
		if (program == null) {
			return "";
		}
		try {
			BasicFileAttributes a = Files.readAttributes(program, BasicFileAttributes.class);
			return a.lastModifiedTime().toMillis() + "/" + a.size();
		} catch (IOException | SecurityException e) {
			return "";
		}
	}

	/** Whether the program has been rebuilt or removed since this process started. */
	boolean programChanged() {
		return program != null && !Objects.equals(programVersion, version(program));
	}

	/** Why this process cannot run a request from that working directory, or null if it can. */
	String refusal(Request request) {
		if (programChanged()) {
			return "stale: 程序已更新";
		}
		if (!workingDirectory.toString().equals(request.workingDirectory())) {
			return "directory: 后台进程的工作目录是 " + workingDirectory;
		}
		return null;
	}
}
