package org.report.dsl.ui.generate;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;
import org.report.dsl.generator.ReportGeneratorContext;
import org.report.dsl.publish.RenderService.DocumentKind;
import org.report.dsl.publish.RenderService.Documents;

/**
 * A project's choice for generation on save (保存时生成设置): on or off, the documents (named as
 * {@code reportdsl render --format} names them) and the output folder, relative to the project. Kept
 * in the project's preferences ({@code .settings/org.report.dsl.ui.generate.prefs}), so that it travels
 * with the project; a change to that file regenerates the project ({@link GenerateOnSave}).
 *
 * @param enabled   whether a saved report is generated (默认开启)
 * @param documents the documents chosen (默认 text、html)
 * @param output    the output folder, relative to the project (默认 generated)
 */
public record GenerationSettings(boolean enabled, List<DocumentKind> documents, String output) {

	/** The preference node, and the name of its file under {@code .settings}. */
	public static final String NODE = "org.report.dsl.ui.generate";
	static final String ENABLED = "enabled";
	static final String FORMATS = "formats";
	static final String OUTPUT = "output";

	public static final String DEFAULT_OUTPUT = "generated";
	public static final GenerationSettings DEFAULT = new GenerationSettings(true, ReportGeneratorContext.DEFAULT,
			DEFAULT_OUTPUT);

	public GenerationSettings {
		documents = List.copyOf(documents);
	}

	/** The project's settings (the defaults for what it does not set). */
	public static GenerationSettings of(IProject project) {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		String formats = node.get(FORMATS, null);
		return new GenerationSettings(node.getBoolean(ENABLED, DEFAULT.enabled()),
				formats == null ? DEFAULT.documents() : ReportGeneratorContext.named(Arrays.asList(formats.split(","))),
				node.get(OUTPUT, DEFAULT_OUTPUT));
	}

	/** Stores the settings in the project's preferences (written to its .settings file at once). */
	public void save(IProject project) throws BackingStoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.putBoolean(ENABLED, enabled);
		node.put(FORMATS, String.join(",", documents.stream().map(GenerationSettings::nameOf).toList()));
		node.put(OUTPUT, output);
		node.flush();
	}

	/** Why a folder name cannot be the output folder (in Chinese, as the page shows it), or null. */
	public static String outputProblem(String output) {
		if (output == null || output.isBlank()) {
			return "请填写输出目录";
		}
		IPath path = IPath.fromPortableString(output.strip().replace('\\', '/'));
		if (path.isAbsolute() || path.getDevice() != null) {
			return "输出目录应是项目内的相对路径";
		}
		if (Arrays.asList(path.segments()).contains("..")) {
			return "输出目录不能在项目之外（不能含「..」）";
		}
		if (path.segmentCount() == 0 || path.segment(0).equals(".settings")) {
			return "输出目录不能是项目本身或 .settings";
		}
		return null;
	}

	/** The output folder as a project-relative path (the default when the setting cannot be used). */
	IPath outputPath() {
		String usable = outputProblem(output) == null ? output.strip().replace('\\', '/') : DEFAULT_OUTPUT;
		return IPath.fromPortableString(usable).makeRelative();
	}

	private static String nameOf(DocumentKind kind) {
		return kind instanceof Documents known ? ReportGeneratorContext.nameOf(known) : kind.extension();
	}
}
