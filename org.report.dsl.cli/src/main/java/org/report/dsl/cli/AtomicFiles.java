package org.report.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
final class AtomicFiles {

	private AtomicFiles() {
	}

	private static void readableByAll(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	static void write(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temp, content);
			readableByAll(temp); // a published document, not a secret: temporary files start as owner-only
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
