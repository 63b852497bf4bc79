package org.report.dsl.bytecode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The build step {@code UpgradeOldClasses JAR}: rewrites, inside a jar, every class file older than Java 6
 * as a Java 8 class file ({@link ClassFileUpgrade}), in place (a new jar moved over the old one, so a
 * failure leaves the jar as it was). The JVM's AppCDS archive and AOT cache leave older class files and
 * every class derived from them out: for the command line that was EMF, picocli, ANTLR 3 and log4j 1,
 * about 830 classes read and verified again at every start.
 *
 * <p>A class whose frames would merge a type the jar does not hold (log4j's JMS and mail appenders) is
 * left as it was, and named. Entries keep their order and times; versioned entries (META-INF/versions)
 * are Java 9+ already.
 */
public final class UpgradeOldClasses {

	private UpgradeOldClasses() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: UpgradeOldClasses JAR");
		}
		Path jar = Path.of(args[0]);
		Result result = upgrade(jar);
		System.out.println(result.summary(jar.getFileName().toString()));
	}

	/** What the step did: class files rewritten, and the ones left as they were with the reason. */
	record Result(int upgraded, List<String> leftAsTheyWere) {
		String summary(String jarName) {
			String summary = jarName + ": " + upgraded + " class files older than Java 6 rewritten as Java 8";
			if (!leftAsTheyWere.isEmpty()) {
				summary += "; left as they were (" + leftAsTheyWere.size() + "): " + String.join(", ", leftAsTheyWere);
			}
			return summary;
		}
	}

	static Result upgrade(Path jar) throws IOException {
		Map<ZipEntry, byte[]> entries = read(jar);
		ClassHierarchy hierarchy = new ClassHierarchy();
		entries.forEach((entry, bytes) -> {
			if (isClass(entry)) {
				hierarchy.add(bytes);
			}
		});
		ClassFileUpgrade upgrade = new ClassFileUpgrade(hierarchy);
		int upgraded = 0;
		List<String> left = new ArrayList<>();
		for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
			if (!isClass(entry.getKey()) || !ClassFileUpgrade.needsUpgrade(entry.getValue())) {
				continue;
			}
			try {
				entry.setValue(upgrade.upgrade(entry.getValue()));
				upgraded++;
			} catch (ClassHierarchy.UnknownTypeException e) {
				left.add(entry.getKey().getName() + " (" + e.getMessage() + ")");
			}
		}
		if (upgraded > 0) {
			write(jar, entries);
		}
		left.sort(null);
		return new Result(upgraded, List.copyOf(left));
	}

	private static boolean isClass(ZipEntry entry) {
		return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/");
	}

	private static Map<ZipEntry, byte[]> read(Path jar) throws IOException {
		Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				entries.put(entry, zip.getInputStream(entry).readAllBytes());
			}
		}
		return entries;
	}

	/** The new jar keeps the old one's permissions (a temporary file is readable by its owner only). */
	private static void copyPermissions(Path from, Path to) throws IOException {
		if (Files.getFileStore(from).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
		}
	}

	private static void write(Path jar, Map<ZipEntry, byte[]> entries) throws IOException {
		Path temporary = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
		try {
			try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
				for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
					ZipEntry copy = new ZipEntry(entry.getKey().getName());
					copy.setTime(entry.getKey().getTime());
					zip.putNextEntry(copy);
					zip.write(entry.getValue());
					zip.closeEntry();
				}
			}
			copyPermissions(jar, temporary);
			Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
