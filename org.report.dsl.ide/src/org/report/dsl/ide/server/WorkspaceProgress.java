package org.report.dsl.ide.server;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.inject.Singleton;

/**
 * The progress of the workspace build (工作区索引与检查) as the client sees it: $/progress begin, a
 * report at each whole percent of the reports indexed and checked, end, on a token the server
 * creates with window/workDoneProgress/create, for a client that announces
 * {@code window.workDoneProgress}. Without such a client (or before {@link #begin}) every call does
 * nothing.
 */
@Singleton
public class WorkspaceProgress {

	private static final Logger LOG = Logger.getLogger(WorkspaceProgress.class.getName());
	private static final String TOKEN = "reportdsl/workspace";
	/** How long the client may take to accept the token. */
	private static final long CREATE_TIMEOUT_SECONDS = 10;

	private LanguageClient client;
	private int total;
	private int checked;
	private int percentage;

	/** Creates the token and sends begin; false when the client cannot show progress. */
	public synchronized boolean begin(LanguageClient to, int reports) {
		client = null;
		if (to == null) {
			return false;
		}
		try {
			to.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(TOKEN))).get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (Exception e) {
			LOG.warning("客户端未接受进度令牌（window/workDoneProgress/create），不报告索引进度");
			return false;
		}
		client = to;
		total = Math.max(reports, 1);
		checked = 0;
		percentage = 0;
		WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
		begin.setTitle("ReportDSL：索引工作区");
		begin.setCancellable(false);
		begin.setMessage(reports + " 份报告");
		begin.setPercentage(0);
		notify(begin);
		return true;
	}

	/** One report indexed and checked (索引、检查), its diagnostics published. */
	public synchronized void checked() {
		checked++;
		if (client == null) {
			return;
		}
		int now = (int) Math.min(100, Math.min(checked, total) * 100L / total);
		if (now > percentage) {
			percentage = now;
			WorkDoneProgressReport report = new WorkDoneProgressReport();
			report.setMessage(Math.min(checked, total) + "/" + total);
			report.setPercentage(now);
			report.setCancellable(false);
			notify(report);
		}
	}

	/** Sends end; later calls do nothing until the next {@link #begin}. */
	public synchronized void end() {
		if (client == null) {
			return;
		}
		WorkDoneProgressEnd end = new WorkDoneProgressEnd();
		end.setMessage("已检查 " + checked + " 份报告");
		notify(end);
		client = null;
	}

	private void notify(WorkDoneProgressNotification value) {
		client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(value)));
	}
}
