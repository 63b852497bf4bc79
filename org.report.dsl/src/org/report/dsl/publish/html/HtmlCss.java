package org.report.dsl.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page's inline stylesheet, read from the resources beside this class: {@code page.css}, A4 print
 * in the style of official documents (GB/T 9704 margins; title in 小标宋, section headings in 黑体, part
 * headings in 楷体, body in 仿宋, with fallbacks found on Windows, macOS and Linux; no web fonts, since
 * the page makes no request) and tables like the official template; {@code review.css}, for review
 * pages, the marks of findings. Both are copied into the page as they are (UTF-8).
 */
final class HtmlCss {

	private HtmlCss() {
	}

	/** Every page. */
	static final String BASE = load("page.css");

	/** Review pages only: the findings. */
	static final String REVIEW = load("review.css");

	/** Year-over-year comparison pages ({@link CompareHtml}). */
	static final String COMPARE = load("compare.css");

	/** Summaries over many reports ({@link AggregateHtml}). */
	static final String DASHBOARD = load("dashboard.css");

	private static String load(String name) {
		try (InputStream in = HtmlCss.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("stylesheet " + name + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
