package org.report.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;

/** Which subcommands a run registers, found by name without reading their annotations. */
class MainTest {

	@Test
	void eachNameIsTheOneItsClassAnswersTo() {
		assertEquals(List.of("validate", "render", "import", "synth", "lsp", "compare", "aggregate", "daemon"),
				Main.SUBCOMMANDS.stream().map(Main.Subcommand::name).toList());
		for (Main.Subcommand c : Main.SUBCOMMANDS) {
			assertEquals(c.type().getAnnotation(Command.class).name(), c.name(), c.type().getSimpleName());
		}
	}

	@Test
	void onlyTheSubcommandNamedFirstIsRegistered() {
		for (Main.Subcommand c : Main.SUBCOMMANDS) {
			assertEquals(List.of(c), Main.subcommands(new String[] { c.name(), "--help" }));
		}
		assertEquals(Main.SUBCOMMANDS, Main.subcommands(new String[] { "--help" }));
		assertEquals(Main.SUBCOMMANDS, Main.subcommands(new String[] { "rendre", "a.report" }));
		assertEquals(Main.SUBCOMMANDS, Main.subcommands(new String[0]));
	}

	@Test
	void theCommandsThatCheckReportsFirstAreThoseThatSetUpTheLanguageEarly() {
		assertEquals(List.of("validate", "render", "compare", "aggregate", "daemon"),
				Main.SUBCOMMANDS.stream().filter(Main.Subcommand::checksReports).map(Main.Subcommand::name).toList());
	}
}
