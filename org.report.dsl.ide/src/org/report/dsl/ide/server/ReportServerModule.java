package org.report.dsl.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.Modules2;
import org.report.dsl.ide.highlighting.ReportSemanticTokens;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Singleton;

/** The language server's own services: Xtext's server module with the overrides below. */
public final class ReportServerModule {

	private ReportServerModule() {
	}

	public static Module create() {
		return Modules2.mixin(new ServerModule(), new AbstractModule() {
			@Override
			protected void configure() {
				// Xtext's server plus inlay hints (computed totals), which Xtext does not serve.
				bind(ReportLanguageServer.class).in(Singleton.class);
				bind(LanguageServerImpl.class).to(ReportLanguageServer.class);
				bind(LanguageServer.class).to(ReportLanguageServer.class);
				// The language registered explicitly: no service-loader look-up, which OSGi and shaded jars make fragile.
				bind(IResourceServiceProvider.Registry.class).toProvider(ReportLanguages.class).in(Singleton.class);
				// A client without rootUri or workspace folders gets an empty workspace, not a failed initialize.
				bind(WorkspaceManager.class).to(ReportWorkspaceManager.class);
				// Broken or looping symbolic links in the workspace are skipped, not fatal.
				bind(IFileSystemScanner.class).to(ReportFileSystemScanner.class);
				// A big folder: the workspace is built after initialize (with $/progress), in clusters of reports,
				// and keeps the index entries and findings of files that are not open, not their parsed models.
				bind(BuildManager.class).to(ReportBuildManager.class);
				bind(ProjectManager.class).to(ReportProjectManager.class);
				bind(Indexer.class).to(ReportIndexer.class);
				bind(IResourceClusteringPolicy.class).to(ReportClusteringPolicy.class);
				// Semantic tokens with the report's own legend (totals, computed values, cells in error).
				bind(SemanticTokensService.class).to(ReportSemanticTokens.class);
			}
		});
	}
}
