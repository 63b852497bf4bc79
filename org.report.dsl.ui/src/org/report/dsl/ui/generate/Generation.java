package org.report.dsl.ui.generate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.util.RuntimeIOException;
import org.report.dsl.generator.ReportGenerator;
import org.report.dsl.generator.ReportGeneratorContext;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.ui.ReportUi;

/**
 * Generation of one report file in the workspace (生成一个报告的文档): read and checked as the command
 * line reads it ({@link ReportLoader#check}), written by the runtime's {@link ReportGenerator} into
 * the project's output folder, in the folders the report is in (so that two {@code 2024.report} of
 * different organ folders do not overwrite each other). Runs in a workspace job
 * ({@link GenerationJob}).
 */
final class Generation {

	private Generation() {
	}

	/** The marker a report gets when its documents cannot be written (cleared when they are). */
	static final String PROBLEM = "org.report.dsl.ui.generation";

	/**
	 * Generates a report with its project's settings; nothing when generation is off, the report is
	 * gone or lies in the output folder. When the documents cannot be written, the report gets a
	 * {@link #PROBLEM} marker saying why (in Chinese), and the job goes on with the next report; a
	 * document that cannot be made (a PDF without a Chinese font) gets a warning marker of the same kind
	 * saying why, and the other documents are written.
	 *
	 * @return the report as checked, or null when nothing was generated
	 */
	static CheckedReport generate(IFile report, IProgressMonitor monitor) throws CoreException {
		GenerationSettings settings = GenerationSettings.of(report.getProject());
		if (!report.exists()) {
			return null;
		}
		if (!settings.enabled() || inOutput(report, settings)) {
			problem(report, null);
			return null;
		}
		ReportLoader loader = ReportUi.injector().getInstance(ReportLoader.class);
		CheckedReport checked = loader.check(() -> {
			try (InputStream in = report.getContents(true)) {
				return in.readAllBytes();
			}
		}, URI.createFileURI(report.getLocation().toFile().getAbsolutePath()), monitor::isCanceled);
		ReportGeneratorContext context = new ReportGeneratorContext(settings.documents());
		context.setCancelIndicator(monitor::isCanceled);
		try {
			RenderService.Rendered rendered = ReportUi.injector().getInstance(ReportGenerator.class).generate(checked,
					baseName(report), new WorkspaceFileSystemAccess(folderOf(report, settings), report, monitor), context);
			problem(report, null);
			if (rendered != null) {
				for (RenderService.Failed failed : rendered.failed()) {
					marker(report, notMade(failed), IMarker.SEVERITY_WARNING);
				}
			}
			return rendered == null ? null : checked;
		} catch (RuntimeIOException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			problem(report, "无法生成文档（输出目录 " + settings.outputPath() + "）：" + cause.getMessage());
			return null;
		}
	}

	/**
	 * The message of a document that could not be made (a PDF without a Chinese font): its name and why;
	 * the report's other documents were written.
	 */
	static String notMade(RenderService.Failed failed) {
		String name = failed.kind() instanceof Documents known ? GenerationPropertyPage.label(known)
				: failed.kind().extension();
		return "未生成 " + name + "：" + failed.message();
	}

	/** Puts the report's generation problem (null: none) as its one {@link #PROBLEM} marker. */
	private static void problem(IFile report, String message) throws CoreException {
		report.deleteMarkers(PROBLEM, false, IResource.DEPTH_ZERO);
		if (message != null) {
			marker(report, message, IMarker.SEVERITY_ERROR);
		}
	}

	private static void marker(IFile report, String message, int severity) throws CoreException {
		IMarker marker = report.createMarker(PROBLEM);
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, severity);
		marker.setAttribute(IMarker.LINE_NUMBER, 1);
	}

	/** Deletes the documents generated from a report that was deleted (with the settings in force). */
	static void forget(IFile report, IProgressMonitor monitor) throws CoreException {
		if (!report.getProject().isAccessible()) {
			return;
		}
		IContainer folder = folderOf(report, GenerationSettings.of(report.getProject()));
		WorkspaceFileSystemAccess fsa = new WorkspaceFileSystemAccess(folder, report, monitor);
		for (Documents kind : Documents.values()) {
			IFile file = folder.getFile(IPath.fromPortableString(baseName(report) + kind.extension()));
			if (WorkspaceFileSystemAccess.isGenerated(file)
					&& report.getProjectRelativePath().toPortableString()
							.equals(file.getPersistentProperty(WorkspaceFileSystemAccess.SOURCE))) {
				fsa.deleteFile(file.getName(), IFileSystemAccess.DEFAULT_OUTPUT);
			}
		}
	}

	/**
	 * Regenerates a whole project (its settings changed): deletes every document generation wrote
	 * there, then generates each report anew when generation is on.
	 */
	static void regenerate(IProject project, IProgressMonitor monitor, Done done) throws CoreException {
		if (!project.isAccessible()) {
			return;
		}
		List<IFile> generated = new ArrayList<>();
		List<IFile> reports = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file) {
				if (WorkspaceFileSystemAccess.isGenerated(file)) {
					generated.add(file);
				} else if (isReport(file)) {
					reports.add(file);
				}
			}
			return !resource.isTeamPrivateMember() && !".settings".equals(resource.getName());
		});
		for (IFile file : generated) {
			file.delete(IResource.FORCE, monitor);
		}
		for (IFile report : reports) {
			if (monitor.isCanceled()) {
				return;
			}
			done.generated(report, generate(report, monitor));
		}
	}

	/** Told of each report a regeneration generated (checked is null when nothing was generated). */
	interface Done {
		void generated(IFile report, CheckedReport checked);
	}

	/** A report file generation reads (not one in the output folder, not a derived copy). */
	static boolean isReport(IFile file) {
		return "report".equals(file.getFileExtension()) && !file.isDerived() && !file.isTeamPrivateMember();
	}

	private static boolean inOutput(IFile report, GenerationSettings settings) {
		return settings.outputPath().isPrefixOf(report.getProjectRelativePath());
	}

	/** The folder of a report's documents: the output folder, then the folders the report is in. */
	private static IContainer folderOf(IFile report, GenerationSettings settings) {
		IPath relative = settings.outputPath().append(report.getProjectRelativePath().removeLastSegments(1));
		return report.getProject().getFolder(relative);
	}

	private static String baseName(IFile report) {
		String name = report.getName();
		return name.substring(0, name.length() - report.getFileExtension().length() - 1);
	}
}
