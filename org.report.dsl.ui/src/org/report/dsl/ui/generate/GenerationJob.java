package org.report.dsl.ui.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The background job of generation on save: the reports saved and the projects whose settings
 * changed since it last ran, generated in the order they came (a project's regeneration includes its
 * reports). One report that cannot be written does not stop the others; their problems are the job's
 * status (in Chinese, naming the file).
 */
final class GenerationJob extends WorkspaceJob {

	private final Set<IFile> saved = new LinkedHashSet<>();
	private final Set<IFile> deleted = new LinkedHashSet<>();
	private final Set<IProject> projects = new LinkedHashSet<>();

	GenerationJob() {
		super("生成报告文档");
		setSystem(true);
		setRule(ResourcesPlugin.getWorkspace().getRoot());
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == GenerateOnSave.FAMILY;
	}

	synchronized void add(Set<IFile> savedReports, Set<IFile> deletedReports, Set<IProject> changedSettings) {
		saved.addAll(savedReports);
		deleted.addAll(deletedReports);
		projects.addAll(changedSettings);
		schedule();
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) {
		List<IFile> files;
		List<IFile> gone;
		List<IProject> changed;
		synchronized (this) {
			changed = new ArrayList<>(projects);
			files = saved.stream().filter(f -> !projects.contains(f.getProject())).toList();
			gone = new ArrayList<>(deleted);
			projects.clear();
			saved.clear();
			deleted.clear();
		}
		List<String> problems = new ArrayList<>();
		for (IProject project : changed) {
			run(problems, project.getName(), () -> Generation.regenerate(project, monitor));
		}
		for (IFile file : gone) {
			run(problems, file.getFullPath().toString(), () -> Generation.forget(file, monitor));
		}
		for (IFile file : files) {
			if (monitor.isCanceled()) {
				break;
			}
			run(problems, file.getFullPath().toString(), () -> Generation.generate(file, monitor));
		}
		return problems.isEmpty() ? Status.OK_STATUS : Status.warning(String.join("\n", problems));
	}

	private interface Step {
		void run() throws CoreException;
	}

	private static void run(List<String> problems, String what, Step step) {
		try {
			step.run();
		} catch (CoreException | RuntimeException e) {
			problems.add(what + "：无法生成文档：" + e.getMessage());
		}
	}
}
