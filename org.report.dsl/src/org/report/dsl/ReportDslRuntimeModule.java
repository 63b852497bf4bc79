package org.report.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.report.dsl.conversion.ReportDslValueConverters;
import org.report.dsl.parser.ChineseSyntaxErrorMessages;

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
}
