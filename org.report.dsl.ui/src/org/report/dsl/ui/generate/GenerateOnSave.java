package org.report.dsl.ui.generate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Generation on save (保存时生成) in Eclipse and Report Studio: a workspace listener, since Xtext's
 * Eclipse builder bundles are not on Maven Central and a project needs no nature or builder entry for
 * it. A saved {@code .report} (its content changed) is generated; a deleted one loses its documents;
 * a project whose generation settings file ({@code .settings/org.report.dsl.ui.generate.prefs}) changed
 * is regenerated. The work is done by one background {@link GenerationJob}.
 */
public final class GenerateOnSave implements IResourceChangeListener {

	/** The job family of the generation job (for waiting until it is done). */
	public static final Object FAMILY = GenerateOnSave.class;

	private static final String SETTINGS_FILE = GenerationSettings.NODE + ".prefs";
	private static GenerateOnSave installed;

	private final GenerationJob job = new GenerationJob();

	private GenerateOnSave() {
	}

	/** Starts listening to the workspace (once). */
	public static synchronized void start() {
		if (installed == null) {
			installed = new GenerateOnSave();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
		}
	}

	public static synchronized boolean started() {
		return installed != null;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IFile> saved = new LinkedHashSet<>();
		Set<IFile> deleted = new LinkedHashSet<>();
		Set<IProject> settings = new LinkedHashSet<>();
		try {
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (resource instanceof IFile file) {
					if (SETTINGS_FILE.equals(file.getName()) && file.getParent().getName().equals(".settings")
							&& file.getParent().getParent() instanceof IProject project) {
						settings.add(project);
					} else if ("report".equals(file.getFileExtension())) {
						if (d.getKind() == IResourceDelta.REMOVED) {
							deleted.add(file);
						} else if (d.getKind() == IResourceDelta.CHANGED
								&& (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
								&& Generation.isReport(file)) {
							saved.add(file);
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			throw new IllegalStateException("visiting a delta in memory cannot fail", e);
		}
		if (!saved.isEmpty() || !deleted.isEmpty() || !settings.isEmpty()) {
			job.add(saved, deleted, settings);
		}
	}
}
