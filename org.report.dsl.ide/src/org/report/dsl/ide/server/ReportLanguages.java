package org.report.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.report.dsl.ide.ReportDslIdeSetup;

import com.google.inject.Provider;

/** The languages the server knows: .report files, with the ide services of ReportDslIdeModule. */
public class ReportLanguages implements Provider<IResourceServiceProvider.Registry> {

	@Override
	public IResourceServiceProvider.Registry get() {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		IResourceServiceProvider language = new ReportDslIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IResourceServiceProvider.class);
		registry.getExtensionToFactoryMap().put("report", language);
		return registry;
	}
}
