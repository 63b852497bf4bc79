package org.report.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file whole or not at all: a temporary file beside it, then a rename. A batch writes thousands
 * of documents, so each costs few system calls: the temporary file is created with the permissions of a
 * published document (rw-r--r--, less what the umask takes; temporary files would otherwise start as
 * owner-only), and each folder is created once per process. A file that already holds exactly the bytes to
 * write is left in place with its modification time renewed: rewriting unchanged documents (a build run
 * again) then makes no new file, and the file system allocates no inode for it (on ext4 a third of a
 * batch's system time went to finding free inodes among those freed moments before).
 */
final class AtomicFiles {

	/** The permissions of a new document, where the file system has POSIX permissions. */
	private static final FileAttribute<?>[] READABLE_BY_ALL = FileSystems.getDefault().supportedFileAttributeViews()
			.contains("posix") ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")) }
					: new FileAttribute<?>[0];

	/** The folders made (or found) by this process. */
	private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

	private AtomicFiles() {
	}

	/** A new empty temporary file beside the target, in the target's folder (made if missing). */
	private static Path temporaryBeside(Path target) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (!FOLDERS.contains(dir)) {
			Files.createDirectories(dir);
			FOLDERS.add(dir);
		}
		try {
			return Files.createTempFile(dir, "." + target.getFileName(), ".tmp", READABLE_BY_ALL);
		} catch (java.nio.file.NoSuchFileException e) {
			// the folder was removed since: make it again
			FOLDERS.remove(dir);
			Files.createDirectories(dir);
			return Files.createTempFile(dir, "." + target.getFileName(), ".tmp", READABLE_BY_ALL);
		} catch (UnsupportedOperationException e) {
			return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		}
	}

	private static void rename(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Whether the target is a regular file (not a link) holding exactly this content; if so its modification
	 * time is set to now, as a rewrite would have. Any doubt (missing, unreadable, a time that cannot be
	 * set) means no, and the file is written as usual.
	 */
	private static boolean alreadyHolds(Path target, byte[] content) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (!attributes.isRegularFile() || attributes.size() != content.length
					|| !Arrays.equals(Files.readAllBytes(target), content)) {
				return false;
			}
			Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
			return true;
		} catch (IOException | SecurityException e) {
			return false;
		}
	}

	/** A file being written under a temporary name beside its target: {@link #commit} renames it, close deletes it if not. */
	static final class Pending implements java.io.Closeable {
		private final Path target;
		private final Path temp;
		private boolean committed;

		Pending(Path target) throws IOException {
			this.target = target;
			this.temp = temporaryBeside(target);
		}

		/** Where to write the content (deleted first by writers that refuse to overwrite). */
		Path temp() {
			return temp;
		}

		void commit() throws IOException {
			rename(temp, target);
			committed = true;
		}

		@Override
		public void close() throws IOException {
			if (!committed) {
				Files.deleteIfExists(temp);
			}
		}
	}

	static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	static void write(Path target, byte[] content) throws IOException {
		if (alreadyHolds(target, content)) {
			return;
		}
		try (Pending pending = new Pending(target)) {
			Files.write(pending.temp(), content);
			pending.commit();
		}
	}
}
