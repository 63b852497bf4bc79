package org.report.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** File › New › Report: writes the skeleton as {@code <organ>-<year>.report} and opens it. */
public class NewReportWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IContainer initial;
	private NewReportPage page;

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		workbench = bench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource r = first instanceof IResource res ? res
				: org.eclipse.core.runtime.Adapters.adapt(first, IResource.class);
		initial = r == null ? null : r instanceof IContainer c ? c : r.getParent();
		setWindowTitle("新建年度报告");
	}

	@Override
	public void addPages() {
		page = new NewReportPage(initial);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.container().getFile(IPath.fromOSString(page.organ() + "-" + page.year() + ".report"));
		if (file.exists()) {
			page.setErrorMessage(file.getName() + " 已存在");
			return false;
		}
		try {
			String text = Skeleton.of(page.organ(), page.year(), page.format());
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
