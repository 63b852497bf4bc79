package org.report.dsl.publish.html;

/**
 * The head every page we write shares (the report page, the comparison, the dashboard): language
 * zh-CN, UTF-8, the content security policy that allows no request and no script, the phone
 * viewport, the title and the inline stylesheet. Slots: {@code csp}, {@code title}, {@code style}.
 */
final class PageHead {

	private static final String HEAD = """
			<!DOCTYPE html>
			<html lang="zh-CN">
			<head>
			<meta charset="utf-8">
			<meta http-equiv="Content-Security-Policy" content="{{csp}}">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="generator" content="ReportDSL">
			<title>{{title}}</title>
			<style>
			{{style}}</style>
			</head>
			""";

	private PageHead() {
	}

	/** A page template: the shared head, then the body given (from {@code <body>} to {@code </html>}). */
	static Template page(String body) {
		return Template.of(HEAD + body);
	}
}
