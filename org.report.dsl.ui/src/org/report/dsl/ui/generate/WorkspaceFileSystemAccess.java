package org.report.dsl.ui.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.AbstractFileSystemAccess2;
import org.eclipse.xtext.util.RuntimeIOException;

/**
 * The generator's file system in the workspace: files of one report go into one folder of the
 * project's output folder; each is written only when its bytes change, marked derived
 * ({@link IResource#setDerived}) and tagged with the report it comes from ({@link #SOURCE}). Only files
 * so tagged are ever deleted, so a file of the user's own in the output folder is never removed.
 */
final class WorkspaceFileSystemAccess extends AbstractFileSystemAccess2 {

	/** The project-relative path of the report a generated file comes from (persistent property). */
	static final QualifiedName SOURCE = new QualifiedName("org.report.dsl.ui", "generatedFrom");

	private final IContainer folder;
	private final IFile source;
	private final IProgressMonitor monitor;

	WorkspaceFileSystemAccess(IContainer folder, IFile source, IProgressMonitor monitor) {
		this.folder = folder;
		this.source = source;
		this.monitor = monitor;
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		write(fileName, contents.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) throws RuntimeIOException {
		try (content) {
			write(fileName, content.readAllBytes());
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public void deleteFile(String fileName, String outputConfigurationName) {
		IFile file = folder.getFile(IPath.fromPortableString(fileName));
		try {
			if (isGenerated(file)) {
				file.delete(IResource.FORCE, monitor);
			}
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public URI getURI(String path, String outputConfiguration) {
		return URI.createPlatformResourceURI(folder.getFile(IPath.fromPortableString(path)).getFullPath().toString(), true);
	}

	@Override
	public InputStream readBinaryFile(String fileName, String outputCfgName) throws RuntimeIOException {
		try {
			return folder.getFile(IPath.fromPortableString(fileName)).getContents(true);
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public CharSequence readTextFile(String fileName, String outputCfgName) throws RuntimeIOException {
		try {
			return new String(folder.getFile(IPath.fromPortableString(fileName)).readAllBytes(), StandardCharsets.UTF_8);
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public boolean isFile(String path, String outputConfigurationName) {
		return folder.getFile(IPath.fromPortableString(path)).exists();
	}

	/** Whether the file was written by generation on save (and may be deleted by it). */
	static boolean isGenerated(IFile file) throws CoreException {
		return file.exists() && file.getPersistentProperty(SOURCE) != null;
	}

	private void write(String fileName, byte[] bytes) {
		IFile file = folder.getFile(IPath.fromPortableString(fileName));
		try {
			create(file.getParent());
			if (!file.exists()) {
				file.create(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.DERIVED, monitor);
				file.setCharset(StandardCharsets.UTF_8.name(), monitor);
			} else if (!Arrays.equals(file.readAllBytes(), bytes)) {
				file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, monitor);
			}
			if (!file.isDerived()) {
				file.setDerived(true, monitor);
			}
			file.setPersistentProperty(SOURCE, source.getProjectRelativePath().toPortableString());
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	/**
	 * Creates a missing folder (and its missing parents), marked derived as the output is; a file where
	 * a folder should be is refused with its name.
	 */
	private void create(IContainer container) throws CoreException {
		if (container instanceof IFolder missing && !missing.exists()) {
			if (missing.getProject().getFile(missing.getProjectRelativePath()).exists()) {
				throw new RuntimeIOException(new IOException(missing.getProjectRelativePath() + " 是文件，不是目录"));
			}
			create(missing.getParent());
			missing.create(IResource.FORCE | IResource.DERIVED, true, monitor);
		}
	}
}
