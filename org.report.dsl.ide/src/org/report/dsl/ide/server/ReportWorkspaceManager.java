package org.report.dsl.ide.server;

import java.util.List;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager, started with no workspace when the client names none (neither rootUri
 * nor workspace folders: an editor opening single files), where Xtext would fail on the missing
 * base directory. A change whose range lies outside the open document is refused with a one-line
 * warning, and the document as it was is built again: the change had already cancelled the build
 * before it, which would otherwise leave the document without a model (hovers answering nothing).
 * Initialize only scans the workspace; {@link #buildScanned} builds it (see {@link ReportBuildManager}).
 */
public class ReportWorkspaceManager extends WorkspaceManager {

	private static final Logger LOG = Logger.getLogger(ReportWorkspaceManager.class.getName());

	private ReportBuildManager builds;

	@Inject
	@Override
	public void setBuildManager(BuildManager buildManager) {
		super.setBuildManager(buildManager);
		builds = (ReportBuildManager) buildManager;
	}

	/** How many files the workspace build, still to come, will index and check. */
	public int scannedFiles() {
		return builds.scannedFiles();
	}

	/** The workspace build held back from initialize: every scanned file indexed and checked. */
	public void buildScanned(CancelIndicator cancelIndicator) {
		afterBuild(builds.buildScanned(cancelIndicator));
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		try {
			return super.didChangeTextDocumentContent(uri, version, changes);
		} catch (IndexOutOfBoundsException outside) {
			LOG.warning("「textDocument/didChange」的范围超出文档（版本 " + version + "），已忽略此次修改：" + uri.lastSegment());
			return didChangeFiles(List.of(uri), List.of());
		}
	}

	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}
}
