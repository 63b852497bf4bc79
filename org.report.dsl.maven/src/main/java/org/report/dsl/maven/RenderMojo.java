package org.report.dsl.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code reportdsl:render}: {@code reportdsl render --format FORMATS -o OUTPUT} over the source folder
 * (outputs keep the sources' folders; a report with errors gets only its review page, unless force).
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class RenderMojo extends ReportsMojo {

	/** The formats, as for {@code render --format}: text, html, review, json, docx, pdf, csv, parquet. */
	@Parameter(property = "reportdsl.formats", defaultValue = "text,html")
	private List<String> formats;

	/** Where the documents go. */
	@Parameter(property = "reportdsl.outputDirectory", defaultValue = "${project.build.directory}/reports", required = true)
	private File outputDirectory;

	/** Renders reports with errors too ({@code --force}). */
	@Parameter(property = "reportdsl.force", defaultValue = "false")
	private boolean force;

	@Override
	protected List<String> command() throws MojoExecutionException {
		List<String> names = formats == null ? List.of()
				: formats.stream().flatMap(f -> java.util.Arrays.stream(f.split(","))).map(String::strip)
						.filter(f -> !f.isEmpty()).toList();
		if (names.isEmpty()) {
			throw new MojoExecutionException("reportdsl:render：formats 为空，例如 <formats>text,html</formats>");
		}
		List<String> args = new ArrayList<>(List.of("render", "--format", String.join(",", names), "-o",
				outputDirectory.toPath().toAbsolutePath().normalize().toString()));
		if (force) {
			args.add("--force");
		}
		return args;
	}
}
