package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that the tool generates (golden files, docs/language.md, the VS Code extension's
 * TextMate grammar): it must equal what the tool produces now. With -Dreportdsl.updateGolden=true
 * the file is rewritten first, so an intended change is one build away.
 */
public final class CommittedFile {

	/** The repository's root, as the build passes it (tests run in their module's folder). */
	public static final Path ROOT = Path.of(System.getProperty("reportdsl.root", "..")).normalize();

	private CommittedFile() {
	}

	public static void assertCurrent(Path file, String generated) throws IOException {
		if (Boolean.getBoolean("reportdsl.updateGolden")) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, generated, StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated, ROOT.relativize(file)
				+ " is not what the tool generates now; if the change is intended, run ./build.sh test -Dreportdsl.updateGolden=true");
	}
}
