package org.report.dsl.ui;

import org.report.dsl.ide.ReportDslIdeSetup;

import com.google.inject.Injector;

/** The editor's one Guice injector: the language's runtime and ide services, created on first use. */
public final class ReportUi {

	/** The content type of *.report files. */
	public static final String CONTENT_TYPE = "org.report.dsl.ui.report";

	private static volatile Injector injector;

	private ReportUi() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (ReportUi.class) {
				result = injector;
				if (result == null) {
					result = new ReportDslIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}
}
