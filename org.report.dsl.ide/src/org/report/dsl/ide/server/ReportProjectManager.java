package org.report.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.ISourceFolder;

import com.google.inject.Inject;

/**
 * Xtext's project (one workspace folder), built without holding every parsed model: Xtext's
 * ProjectManager builds without clustering, so its one resource set ends up holding the parsed model
 * of every report of the folder (5,000 full reports: 1.7 GB). The workspace build is split in two:
 * {@link #scan} (on initialize: the reports, skipped links logged) and {@link #buildScanned} (after
 * initialized, with progress, one report at a time per thread). Later builds (edits, files changed on
 * disk) are Xtext's, in clusters of {@link ReportClusteringPolicy#CLUSTER_SIZE} reports. For files
 * that are not open the server keeps their index entry (what they export) and has published their
 * findings, nothing more; a file asked about later is parsed again on demand.
 */
public class ReportProjectManager extends ProjectManager {

	@Inject
	private IResourceClusteringPolicy clustering;

	@Inject
	private WorkspaceProgress progress;

	@Inject
	private OperationCanceledManager operationCanceledManager;

	private static final Logger LOG = Logger.getLogger(ReportProjectManager.class.getName());

	/** Threads of the workspace build (线程数), at most. */
	static final int MAX_THREADS = 4;

	private List<URI> scanned = List.of();

	/** Lists the reports of the project's source folders for {@link #buildScanned}. */
	public void scan() {
		List<URI> files = new ArrayList<>();
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			for (URI file : folder.getAllResources(fileSystemScanner)) {
				IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(file);
				if (language != null && language.canHandle(file)) { // reports only: what the build counts
					files.add(file);
				}
			}
		}
		scanned = files;
	}

	/** How many files {@link #scan} found and {@link #buildScanned} has yet to build. */
	public int scannedFiles() {
		return scanned.size();
	}

	/**
	 * Builds the reports {@link #scan} found, on as many threads as there are cores (up to
	 * {@link #MAX_THREADS}), each with its own resource set holding one report at a time (and the
	 * previous-year report it names): parse, index entry, validation, diagnostics published, models
	 * dropped. The project's index then holds every entry, as Xtext's build would leave it. Xtext's
	 * builder does this on one thread; a report is checked on its own (no cross-references), so the
	 * files are independent.
	 */
	public List<IResourceDescription.Delta> buildScanned(CancelIndicator cancelIndicator) {
		List<URI> files = scanned;
		scanned = List.of();
		ResourceDescriptionsData index = getIndexState().getResourceDescriptions().copy();
		createFreshResourceSet(index); // the project's own resource set, for the open documents later
		int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
		IResourceDescription[] described = new IResourceDescription[files.size()];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "reportdsl-workspace-build");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				XtextResourceSet own = createNewResourceSet(index);
				workers.add(pool.submit(() -> {
					for (int f; (f = next.getAndIncrement()) < files.size();) {
						operationCanceledManager.checkCanceled(cancelIndicator);
						described[f] = buildOne(own, files.get(f));
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			operationCanceledManager.throwOperationCanceledException();
		} catch (ExecutionException e) {
			operationCanceledManager.propagateIfCancelException(e.getCause());
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		List<IResourceDescription.Delta> deltas = new ArrayList<>();
		for (int f = 0; f < described.length; f++) {
			if (described[f] != null) {
				index.addDescription(files.get(f), described[f]);
				deltas.add(new DefaultResourceDescriptionDelta(null, described[f]));
			}
		}
		setIndexState(new IndexState(index, getIndexState().getFileMappings().copy()));
		getIndexProvider().get().put(getProjectDescription().getName(), index);
		return deltas;
	}

	/** One report: parsed, indexed, validated, its diagnostics published; its index entry, or null. */
	private IResourceDescription buildOne(XtextResourceSet own, URI file) {
		try {
			IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(file);
			Resource resource = own.getResource(file, true);
			IResourceDescription description = SerializableResourceDescription
					.createCopy(language.getResourceDescriptionManager().getResourceDescription(resource));
			List<Issue> issues = language.getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			getIssueAcceptor().apply(file, issues);
			return description;
		} catch (RuntimeException e) {
			if (operationCanceledManager.isOperationCanceledException(e)) {
				throw e;
			}
			LOG.warning("无法检查，已跳过：" + file.toFileString()); // one line, no stack trace
			return null;
		} finally {
			progress.checked();
			boolean deliver = own.eDeliver();
			own.eSetDeliver(false);
			own.getResources().clear();
			own.eSetDeliver(deliver);
		}
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		// As Xtext's doBuild, with the clustering policy (the request's resource set is this project's one).
		BuildRequest request = newBuildRequest(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		IncrementalBuilder.Result result = incrementalBuilder.build(request, languagesRegistry::getResourceServiceProvider,
				clustering);
		setIndexState(result.getIndexState());
		getIndexProvider().get().put(getProjectDescription().getName(), result.getIndexState().getResourceDescriptions());
		return result;
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			boolean proceed = publish.afterValidate(uri, issues);
			progress.checked();
			return proceed;
		});
		return request;
	}
}
