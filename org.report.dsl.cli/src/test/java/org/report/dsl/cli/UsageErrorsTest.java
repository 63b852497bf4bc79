package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** picocli's own messages in Chinese: usage errors name what was wrong, help texts have no English. */
class UsageErrorsTest {

	private static void usageError(String expected, String command, String... args) {
		CliRun run = CliRun.of(args);
		assertEquals("reportdsl: " + expected + "\n用法见：reportdsl" + (command.isEmpty() ? "" : " " + command) + " --help\n", run.err());
		assertEquals("", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	void unknownOptionIsNamedEvenWithoutAFile() {
		usageError("未知选项：「--bogus」", "validate", "validate", "--bogus");
		usageError("未知选项：「--bogus」", "validate", "validate", "--bogus", "a.report");
		usageError("未知选项：「--bogus」", "render", "render", "--bogus");
	}

	@Test
	void missingParameterAndOptionValue() {
		usageError("缺少必需参数：PATH", "validate", "validate");
		usageError("选项 --format 缺少值", "validate", "validate", "--format");
	}

	@Test
	void invalidValues() {
		usageError("选项 --format 的值无效：应为 text、html、review、json、docx、pdf、csv、parquet 之一，而不是「bogus」", "render", "render", "--format", "bogus",
				"a.report");
		usageError("选项 --count 的值无效：「abc」不是整数", "synth", "synth", "-o", "out", "--count", "abc");
	}

	@Test
	void unknownCommand() {
		usageError("多余或未知的参数：「bogus」", "", "bogus");
	}

	@Test
	void helpIsInChinese() {
		CliRun run = CliRun.of("validate", "--help");
		assertEquals(0, run.exit());
		assertTrue(run.out().startsWith("用法：reportdsl validate "), run.out());
		assertTrue(run.out().contains("  -h, --help              显示本帮助并退出。\n"), run.out());
		assertTrue(run.out().contains("  -V, --version           显示版本并退出。\n"), run.out());
		CliRun top = CliRun.of("--help");
		assertTrue(top.out().startsWith("用法：reportdsl "), top.out());
		assertTrue(top.out().contains("子命令：\n  validate"), top.out());
		for (String english : new String[] { "Usage", "Show this", "Print version", "Commands:" }) {
			assertFalse(run.out().contains(english) || top.out().contains(english), english);
		}
	}
}
