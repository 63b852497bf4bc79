package org.report.dsl.cli.render;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each golden official text and JSON of the examples against the report as it was published. */
class PublishedOriginalTest {

	static String[] examples() {
		return Golden.EXAMPLES;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyNarrativeParagraphIsPublishedText(String example) throws IOException {
		PublishedComparison.everyNarrativeParagraphIsPublishedText(example, Golden.read(example + ".txt"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void noNarrativeOfThePublishedTextIsMissing(String example) throws IOException {
		PublishedComparison.noNarrativeOfThePublishedTextIsMissing(example, Golden.read(example + ".txt"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyTableValueIsThePublishedOne(String example) throws IOException {
		PublishedComparison.everyTableValueIsThePublishedOne(example, Golden.read(example + ".json"));
	}
}
