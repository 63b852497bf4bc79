package org.report.dsl.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.report.dsl.tests.Sources;
import org.report.dsl.ui.generate.GenerateOnSave;

/**
 * What the tests of generation on save share ({@link GenerationTest}, {@link GenerationSettingsTest},
 * {@link GenerationOfficeTest}): the workbench started with generation on save, editors closed and the
 * generation settled after each test, and the steps they take (save, settle, list what was generated).
 */
abstract class GenerationFixture {

	/** Line 11 is the first row of table 三: R1 is an error there. */
	static final String WITH_ERROR = Sources.table3("新收 自然人 1");

	@BeforeAll
	public static void started() {
		Workbench.waitFor("the workbench's startup to start generation on save", GenerateOnSave::started);
	}

	@AfterEach
	public void close() {
		Workbench.closeAll();
		settle();
	}

	/**
	 * Waits until generation has nothing queued or running. A save made while another job was changing the
	 * workspace may be announced to the listener only later (Eclipse defers that notification): an empty
	 * operation on the whole workspace, once the generation is idle, has it announced now, and the
	 * generation it starts is waited for too.
	 */
	static void settle() {
		Workbench.waitFor("generation on save", () -> Job.getJobManager().find(GenerateOnSave.FAMILY).length == 0);
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				// nothing: its end broadcasts the changes not yet announced
			}, ResourcesPlugin.getWorkspace().getRoot(), IResource.NONE, null);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
		Workbench.waitFor("generation on save", () -> Job.getJobManager().find(GenerateOnSave.FAMILY).length == 0);
	}

	/** The names of the files in the project's folder, generated ones only, sorted. */
	static List<String> generated(IProject project, String folder) throws CoreException {
		List<String> out = new ArrayList<>();
		if (project.getFolder(folder).exists()) {
			project.getFolder(folder).accept(r -> {
				if (r.getType() == IResource.FILE) {
					out.add(r.getProjectRelativePath().toPortableString());
				}
				return true;
			});
		}
		out.sort(null);
		return out;
	}

	/** Creates the project's folder (a new file of the workspace needs its folder). */
	static void folder(String project, String name) throws CoreException {
		Workbench.file(project, "placeholder.txt", "");
		org.eclipse.core.resources.IFolder folder = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject(project).getFolder(name);
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
	}

	/**
	 * Saves new content into the file. The changes before it (the file's creation) are announced first: on a
	 * busy machine Eclipse defers its notifications, and a creation and a save announced together are one
	 * creation, which is no save (the test then saw no documents).
	 */
	static void save(IFile file, String text) throws CoreException {
		settle();
		Workbench.file(file.getProject().getName(), file.getProjectRelativePath().toPortableString(), text);
	}

	/** The messages of the report's generation problem markers. */
	static List<String> generationProblems(IFile report) throws CoreException {
		List<String> out = new ArrayList<>();
		for (org.eclipse.core.resources.IMarker m : report.findMarkers("org.report.dsl.ui.generation", false, IResource.DEPTH_ZERO)) {
			out.add(m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""));
		}
		return out;
	}
}
