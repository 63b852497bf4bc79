package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a document whole: a new file beside the target renamed over it, unless the target already holds it. */
class AtomicFilesTest {

	private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

	@TempDir
	Path folder;

	@Test
	void unchangedContentKeepsTheFileAndRenewsItsTime() throws Exception {
		Path target = folder.resolve("report.html");
		AtomicFiles.write(target, "<p>一</p>");
		Object file = fileKey(target);
		Files.setLastModifiedTime(target, LONG_AGO);

		AtomicFiles.write(target, "<p>一</p>");

		assertEquals(file, fileKey(target), "the same file, not a new one");
		assertTrue(Files.getLastModifiedTime(target).compareTo(LONG_AGO) > 0, "the time is renewed, as by a write");
		assertEquals("<p>一</p>", Files.readString(target));
		assertEquals(List.of("report.html"), List.of(folder.toFile().list()));
	}

	@Test
	void changedContentIsANewFileRenamedOverTheOldOne() throws Exception {
		Path target = folder.resolve("report.html");
		AtomicFiles.write(target, "<p>一</p>");
		Object file = fileKey(target);

		AtomicFiles.write(target, "<p>二</p>");

		assertNotEquals(file, fileKey(target));
		assertEquals("<p>二</p>", Files.readString(target));
		assertEquals(List.of("report.html"), List.of(folder.toFile().list()));
	}

	@Test
	void aLinkWithTheSameContentIsReplacedByAFileAndItsTargetLeftAlone() throws Exception {
		Path elsewhere = folder.resolve("elsewhere.html");
		Files.writeString(elsewhere, "<p>一</p>");
		Files.setLastModifiedTime(elsewhere, LONG_AGO);
		Path target = Files.createSymbolicLink(folder.resolve("report.html"), elsewhere);

		AtomicFiles.write(target, "<p>一</p>");

		assertFalse(Files.isSymbolicLink(target));
		assertEquals("<p>一</p>", Files.readString(target));
		assertEquals(LONG_AGO, Files.getLastModifiedTime(elsewhere));
	}

	private static Object fileKey(Path file) throws Exception {
		return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
	}
}
