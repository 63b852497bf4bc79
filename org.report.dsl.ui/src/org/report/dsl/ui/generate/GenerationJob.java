package org.report.dsl.ui.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.standalone.CheckedReport;
import org.report.dsl.ui.model.PreviousReportChanges;

/**
 * The background job of generation on save: the reports saved and the projects whose settings
 * changed since it last ran, generated in the order they came (a project's regeneration includes its
 * reports). A report generated before whose previous year's report (上年) was saved or deleted is
 * generated again too (its X1/X2 checks read that file). One report that cannot be written does not
 * stop the others; their problems are the job's status (in Chinese, naming the file).
 */
final class GenerationJob extends WorkspaceJob {

	private final Set<IFile> saved = new LinkedHashSet<>();
	private final Set<IFile> deleted = new LinkedHashSet<>();
	private final Set<IProject> projects = new LinkedHashSet<>();
	/** The previous year's report each generated report named when it was last generated. */
	private final Map<IFile, URI> previous = new ConcurrentHashMap<>();

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
			files = new ArrayList<>(saved.stream().filter(f -> !projects.contains(f.getProject())).toList());
			gone = new ArrayList<>(deleted);
			projects.clear();
			saved.clear();
			deleted.clear();
		}
		Set<URI> touched = new LinkedHashSet<>();
		for (IFile file : files) {
			touched.add(PreviousReportChanges.uriOf(file));
		}
		for (IFile file : gone) {
			previous.remove(file);
			if (file.getLocation() != null) {
				touched.add(PreviousReportChanges.uriOf(file));
			}
		}
		previous.forEach((file, target) -> {
			if (touched.contains(target) && !files.contains(file) && !changed.contains(file.getProject())) {
				files.add(file);
			}
		});
		List<String> problems = new ArrayList<>();
		for (IProject project : changed) {
			run(problems, project.getName(), () -> Generation.regenerate(project, monitor, this::record));
		}
		for (IFile file : gone) {
			run(problems, file.getFullPath().toString(), () -> Generation.forget(file, monitor));
		}
		for (IFile file : files) {
			if (monitor.isCanceled()) {
				break;
			}
			run(problems, file.getFullPath().toString(), () -> record(file, Generation.generate(file, monitor)));
		}
		return problems.isEmpty() ? Status.OK_STATUS : Status.warning(String.join("\n", problems));
	}

	private void record(IFile file, CheckedReport checked) {
		URI target = checked == null || checked.report() == null ? null : PreviousLink.target(checked.report());
		if (target == null) {
			previous.remove(file);
		} else {
			previous.put(file, target);
		}
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
