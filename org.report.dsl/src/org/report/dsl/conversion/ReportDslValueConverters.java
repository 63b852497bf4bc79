package org.report.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converters for the terminals that need one: quoted strings and narrative text blocks. One instance
 * (as Xtext's DefaultTerminalConverters): the converters are stateless, and a new instance per resource
 * registered them again for every parse (reflection over the grammar: about 5 % of the time of a batch).
 */
@Singleton
public class ReportDslValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private STRINGValueConverter stringValueConverter;

	private final TextBlockConverter textBlockConverter = new TextBlockConverter();

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringValueConverter;
	}

	/** A label or heading: a bare word as written, or a quoted string without its quotes. */
	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return new AbstractNullSafeConverter<String>() {
			@Override
			protected String internalToValue(String string, INode node) {
				String trimmed = string.trim();
				return trimmed.startsWith("\"") ? stringValueConverter.toValue(trimmed, node) : trimmed;
			}

			@Override
			protected String internalToString(String value) {
				return value.matches("[^\\s\"：:{}]+") && !Character.isDigit(value.charAt(0)) ? value
						: stringValueConverter.toString(value);
			}
		};
	}

	@ValueConverter(rule = "TEXT_BLOCK")
	public IValueConverter<String> TEXT_BLOCK() {
		return textBlockConverter;
	}
}
