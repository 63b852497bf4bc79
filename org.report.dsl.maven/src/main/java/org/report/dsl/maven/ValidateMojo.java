package org.report.dsl.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code reportdsl:validate}: {@code reportdsl validate} over the source folder; errors fail the build. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends ReportsMojo {

	/** Warnings count as errors ({@code --strict}). */
	@Parameter(property = "reportdsl.strict", defaultValue = "false")
	private boolean strict;

	@Override
	protected List<String> command() {
		List<String> args = new ArrayList<>(List.of("validate"));
		if (strict) {
			args.add("--strict");
		}
		return args;
	}
}
