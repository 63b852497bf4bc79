package org.report.dsl.cli;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error of picocli's in Chinese, from the templates in {@code Messages.properties}: an unknown
 * option is named even when a required parameter is missing too.
 */
final class UsageErrors {

	/** picocli's resource bundle, shared by the usage help of every command. */
	static final String BUNDLE = "org.report.dsl.cli.Messages";

	private static final Pattern INVALID = Pattern
			.compile("Invalid value for (?:option '([^']*)'|positional parameter[^(:]*)(?: \\(([^)]*)\\))?: (.*)", Pattern.DOTALL);
	private static final Pattern ONE_OF = Pattern.compile("expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'");
	private static final Pattern NOT_A_NUMBER = Pattern.compile("'(.*)' is not an? (?:int|long|short|byte)");
	private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

	private UsageErrors() {
	}

	static String describe(ParameterException e) {
		List<String> unknown = e.getCommandLine().getUnmatchedArguments().stream().filter(a -> a.startsWith("-")).toList();
		if (!unknown.isEmpty()) {
			return text("error.unknownOption", quoted(unknown));
		}
		if (e instanceof UnmatchedArgumentException u) {
			return text("error.unmatchedArgument", quoted(u.getUnmatched()));
		}
		if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
			ArgSpec missing = m.getMissing().get(0);
			if (missing instanceof OptionSpec option && e.getMessage().startsWith("Missing required parameter for option")) {
				return text("error.missingOptionValue", option.longestName());
			}
			return text("error.missingParameter", label(missing));
		}
		Matcher invalid = INVALID.matcher(e.getMessage());
		if (invalid.matches()) {
			String why = why(invalid.group(3));
			return invalid.group(1) != null ? text("error.invalidOptionValue", invalid.group(1), why)
					: text("error.invalidParameterValue", invalid.group(2) == null ? "" : invalid.group(2), why);
		}
		return LATIN.matcher(e.getMessage()).find() ? text("error.other", e.getMessage()) : e.getMessage();
	}

	private static String label(ArgSpec arg) {
		if (arg instanceof PositionalParamSpec p) {
			return p.paramLabel();
		}
		return ((OptionSpec) arg).longestName();
	}

	private static String why(String picocli) {
		Matcher oneOf = ONE_OF.matcher(picocli);
		if (oneOf.matches()) {
			return text("error.expectedOneOf", oneOf.group(1).replace(", ", "、"), oneOf.group(2));
		}
		Matcher number = NOT_A_NUMBER.matcher(picocli);
		return number.matches() ? text("error.notANumber", number.group(1)) : picocli;
	}

	private static String quoted(List<String> args) {
		return String.join("、", args.stream().map(a -> "「" + a + "」").toList());
	}

	private static String text(String key, Object... args) {
		return String.format(ResourceBundle.getBundle(BUNDLE).getString(key), args);
	}
}
