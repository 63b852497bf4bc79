package org.report.dsl.generator;

import org.eclipse.xtext.generator.IGenerator2;
import org.report.dsl.ReportDslRuntimeModule;
import org.report.dsl.ReportDslStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language set up for a build that generates (生成用的语言设置): the runtime with
 * {@link ReportGenerator} bound as its {@link IGenerator2}, for Xtext's generator integrations (its
 * {@code GeneratorDelegate}, the xtext-maven-plugin's {@code <setup>}). The language's own setup binds
 * no generator on purpose: Xtext's language server runs the bound generator after every build and
 * would write {@code ./src-gen} into the editor's folder; Eclipse and Report Studio call
 * {@link ReportGenerator} themselves, with the project's choice.
 */
public class ReportDslGenerationSetup extends ReportDslStandaloneSetup {

	/** The runtime module with the generator bound. */
	public static class GenerationModule extends ReportDslRuntimeModule {

		public Class<? extends IGenerator2> bindIGenerator2() {
			return ReportGenerator.class;
		}
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(new GenerationModule());
	}
}
