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
}
