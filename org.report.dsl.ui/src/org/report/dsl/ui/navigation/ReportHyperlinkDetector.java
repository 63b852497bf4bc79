package org.report.dsl.ui.navigation;

import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModels;

/**
 * Ctrl+click / F3: from a reference {表.行.列} to the cell it reads, from the 上年 link to the previous
 * year's report.
 */
public class ReportHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		ParsedReport parsed = ReportModels.current(viewer.getDocument());
		List<Navigation.Target> targets = Navigation.definitions(parsed, region.getOffset());
		if (targets.isEmpty()) {
			return null;
		}
		IRegion word = new Region(region.getOffset(), Math.max(region.getLength(), 1));
		return targets.stream().map(t -> link(viewer, word, t)).toArray(IHyperlink[]::new);
	}

	private static IHyperlink link(ITextViewer viewer, IRegion region, Navigation.Target target) {
		return new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return region;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return target.start() >= 0 ? "转到定义" : "打开上年报告";
			}

			@Override
			public void open() {
				if (target.start() >= 0) {
					viewer.setSelectedRange(target.start(), target.end() - target.start());
					viewer.revealRange(target.start(), target.end() - target.start());
				} else {
					openFile(target.uri());
				}
			}
		};
	}

	private static void openFile(String uri) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			java.net.URI location = java.net.URI.create(uri);
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
			IEditorPart editor = files.length > 0 ? IDE.openEditor(page, files[0])
					: IDE.openEditorOnFileStore(page, EFS.getStore(location));
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(0, 0);
			}
		} catch (Exception e) {
			org.eclipse.core.runtime.ILog.of(ReportHyperlinkDetector.class).error("Cannot open " + uri, e);
		}
	}

}
