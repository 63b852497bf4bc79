package org.report.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.report.dsl.conversion.ReportDslValueConverters;
import org.report.dsl.index.PreviousLinkAwareness;
import org.report.dsl.index.PreviousLinkExport;
import org.report.dsl.parser.ChineseSyntaxErrorMessages;
import org.report.dsl.standalone.ReportResource;
import org.report.dsl.standalone.Utf8Encoding;

import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime services of the language; only the overrides of the generated defaults are listed. */
public class ReportDslRuntimeModule extends AbstractReportDslRuntimeModule {

	/** Quoted strings and narrative text blocks. */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ReportDslValueConverters.class;
	}

	/** Syntax errors worded in Chinese for the office users who read them. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ChineseSyntaxErrorMessages.class;
	}

	/** The index records each report's 上年 link, ... */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PreviousLinkExport.class;
	}

	/** ... so that a change to last year's report re-validates this year's (X1, X2). */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PreviousLinkAwareness.class;
	}

	/** Report files are read strictly as UTF-8 text, as the command line reads them. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ReportResource.class;
	}

	/** Sources are UTF-8 on every platform. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class).to(Utf8Encoding.class);
	}

	/**
	 * EMF's generic constraints (multiplicities, data values, proxies) are not checked: the grammar gives
	 * every model its shape, our rule families check the rest, and their messages would be English and
	 * name Java classes. They took about 5 % of the time of a batch.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
