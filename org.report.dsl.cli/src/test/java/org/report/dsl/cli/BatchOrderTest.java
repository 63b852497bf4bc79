package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.synthetic.SyntheticReports;

/** A batch gives the same messages, documents and exit code on one thread as on several (InOrder). */
class BatchOrderTest {

	@TempDir
	Path dir;

	@AfterEach
	void defaultThreads() {
		System.clearProperty(InOrder.THREADS_PROPERTY);
	}

	/** Reports with and without errors, an unreadable file, in folders: rendered with 1 and 4 threads. */
	@Test
	void renderOfABatchDoesNotDependOnThreads() throws IOException {
		Path in = dir.resolve("in");
		SyntheticReports synth = new SyntheticReports();
		for (int i = 0; i < 30; i++) {
			Path file = in.resolve("d" + (i % 3)).resolve(String.format("r%02d.report", i));
			Files.createDirectories(file.getParent());
			Files.writeString(file, synth.generate(i, 300, i % 4 == 0 ? 2 : 0).source(), StandardCharsets.UTF_8);
		}
		Files.write(in.resolve("d1/binary.report"), new byte[] { 0, 1, 2, (byte) 0xff, 0 });
		Files.writeString(in.resolve("d2/clean.report"), Reports.CLEAN, StandardCharsets.UTF_8);

		CliRun one = render(1, in, dir.resolve("out1"));
		CliRun four = render(4, in, dir.resolve("out4"));
		assertEquals(ExitCodes.USAGE_OR_IO, one.exit(), one.err());
		assertEquals(one.exit(), four.exit());
		assertEquals(one.out(), four.out());
		assertEquals(one.err(), four.err());
		assertTrue(one.err().endsWith("32 个文件，生成 46 份文档，" + errors(one.err()) + " 个错误，0 个警告\n"), one.err());
		assertEquals(contents(dir.resolve("out1")), contents(dir.resolve("out4")));
		assertEquals(46, contents(dir.resolve("out1")).size());
	}

	private static String errors(String err) {
		return Long.toString(err.lines().filter(l -> l.contains(": error: ")).count());
	}

	private static CliRun render(int threads, Path in, Path out) {
		System.setProperty(InOrder.THREADS_PROPERTY, Integer.toString(threads));
		return CliRun.of("render", "--format", "text,html", "-o", out.toString(), in.toString());
	}

	private static List<String> contents(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			List<String> all = new ArrayList<>();
			for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
				all.add(root.relativize(p) + "\n" + Files.readString(p, StandardCharsets.UTF_8));
			}
			return all;
		}
	}

	@Test
	void resultsComeInInputOrderWhateverTheWorkTakes() {
		List<Integer> items = IntStream.range(0, 200).boxed().toList();
		List<Integer> seen = new ArrayList<>();
		InOrder.forEach(items, 4, i -> {
			sleepUpTo(3);
			return i * 2;
		}, seen::add);
		assertEquals(items.stream().map(i -> i * 2).toList(), seen);
	}

	@Test
	void aFailureOfTheWorkReachesTheCaller() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> InOrder.forEach(List.of(1, 2, 3), 2, i -> {
					if (i == 2) {
						throw new IllegalArgumentException("item 2");
					}
					return i;
				}, i -> {
				}));
		assertEquals("item 2", e.getMessage());
	}

	@Test
	void threadsAreBoundedByTheBatchAndTheProperty() {
		System.setProperty(InOrder.THREADS_PROPERTY, "3");
		assertEquals(3, InOrder.threads(100));
		assertEquals(2, InOrder.threads(2));
		System.setProperty(InOrder.THREADS_PROPERTY, "0");
		assertEquals(1, InOrder.threads(100));
	}

	private static void sleepUpTo(int millis) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
