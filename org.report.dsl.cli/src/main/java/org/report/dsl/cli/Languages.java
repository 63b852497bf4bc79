package org.report.dsl.cli;

import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.standalone.ReportLoader;

import com.google.inject.Injector;

/** The language's services outside OSGi, created once per process. */
final class Languages {

	private static Injector injector;

	private Languages() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static ReportLoader loader() {
		return injector().getInstance(ReportLoader.class);
	}

	/**
	 * Starts creating the services on a thread of their own, while the command line is read and the files
	 * are found: a one-shot command's start is that much shorter (the language's setup, Guice and EMF, is
	 * its longest step). The first caller of {@link #injector()} waits for it; a setup that failed here is
	 * simply done again there, where its error is reported.
	 */
	static void prepareInBackground() {
		Thread setup = new Thread(() -> {
			try {
				loader();
			} catch (RuntimeException | Error e) {
				// reported by the command's own call
			}
		}, "reportdsl-setup");
		setup.setDaemon(true);
		setup.start();
	}
}
