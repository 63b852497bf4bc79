package org.report.dsl.studio;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/** A file outside the workspace, seen through a project whose location is the file's folder. */
final class FolderProjects {

	IFile fileFor(Path file) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath location = IPath.fromPath(file);
		IFile[] known = workspace.getRoot().findFilesForLocationURI(file.toUri());
		for (IFile f : known) {
			if (f.getProject().isOpen()) {
				f.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
				return f;
			}
		}
		Path folder = file.getParent();
		IProject project = workspace.getRoot().getProject(projectName(workspace, folder));
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			description.setLocation(IPath.fromPath(folder));
			project.create(description, new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return project.getFile(location.lastSegment());
	}

	/** The folder's name, numbered when another project already has it. */
	private static String projectName(IWorkspace workspace, Path folder) {
		String base = folder.getFileName() == null ? "reports" : folder.getFileName().toString();
		String name = base;
		for (int i = 2; workspace.getRoot().getProject(name).exists()
				&& !IPath.fromPath(folder).equals(workspace.getRoot().getProject(name).getLocation()); i++) {
			name = base + "-" + i;
		}
		return name;
	}
}
