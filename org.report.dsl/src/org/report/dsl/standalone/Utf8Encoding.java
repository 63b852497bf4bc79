package org.report.dsl.standalone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IEncodingProvider;

/** Report sources are UTF-8, whatever the platform default (previous-year reports load through this). */
public class Utf8Encoding implements IEncodingProvider {
	@Override
	public String getEncoding(URI uri) {
		return "UTF-8";
	}
}
