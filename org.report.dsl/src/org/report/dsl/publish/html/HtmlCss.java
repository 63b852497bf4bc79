package org.report.dsl.publish.html;

/**
 * The page's inline stylesheet: A4 print in the style of official documents (GB/T 9704 margins;
 * title in 小标宋, section headings in 黑体, part headings in 楷体, body in 仿宋, with fallbacks found on
 * Windows, macOS and Linux; no web fonts, since the page makes no request), tables like the official
 * template, and for review pages the marks of findings.
 */
final class HtmlCss {

	private HtmlCss() {
	}

	private static final String FANG = "\"FangSong\", \"仿宋\", \"FangSong_GB2312\", \"仿宋_GB2312\", \"STFangsong\", \"华文仿宋\", "
			+ "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", \"宋体\", serif";
	private static final String TITLE = "\"FZXiaoBiaoSong-B05S\", \"方正小标宋简体\", \"方正小标宋_GBK\", \"STZhongsong\", "
			+ "\"华文中宋\", \"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif";
	private static final String HEI = "\"SimHei\", \"黑体\", \"STHeiti\", \"Heiti SC\", \"Noto Sans CJK SC\", "
			+ "\"Source Han Sans SC\", \"Microsoft YaHei\", \"微软雅黑\", sans-serif";
	private static final String KAI = "\"KaiTi\", \"楷体\", \"KaiTi_GB2312\", \"楷体_GB2312\", \"STKaiti\", \"华文楷体\", "
			+ "\"Kaiti SC\", \"AR PL UKai CN\", \"Noto Serif CJK SC\", serif";
	private static final String SONG = "\"SimSun\", \"宋体\", \"Songti SC\", \"STSong\", \"华文宋体\", \"Noto Serif CJK SC\", "
			+ "\"Source Han Serif SC\", serif";

	/** Every page. */
	static final String BASE = ""
			+ "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }\n"
			+ "html { background: #eceff1; color: #000; }\n"
			+ "body { margin: 0; font-family: " + FANG + "; font-size: 16pt; line-height: 1.75; }\n"
			+ ".document { box-sizing: border-box; width: 210mm; max-width: 100%; margin: 10mm auto;"
			+ " padding: 25mm 26mm 30mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }\n"
			+ "h1.title { font-family: " + TITLE + "; font-size: 22pt; font-weight: bold; line-height: 1.45;"
			+ " text-align: center; margin: 0 0 1em; }\n"
			+ "h2 { font-family: " + HEI + "; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }\n"
			+ "h3 { font-family: " + KAI + "; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }\n"
			+ "p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }\n"
			+ "p.as-written { text-indent: 0; }\n"
			+ "h1, h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
			+ "p { orphans: 2; widows: 2; }\n"
			// tables
			+ "table.t { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .5em 0 1em;"
			+ " font-family: " + SONG + "; font-size: 10.5pt; line-height: 1.4; text-indent: 0;"
			+ " font-variant-numeric: tabular-nums; }\n"
			+ "table.t caption { position: absolute; width: 1px; height: 1px; overflow: hidden;"
			+ " clip-path: inset(50%); white-space: nowrap; }\n"
			+ "table.t th, table.t td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle;"
			+ " overflow-wrap: anywhere; }\n"
			+ "table.t th { font-weight: normal; text-align: center; }\n"
			+ "table.t th[scope=row] { text-align: left; }\n"
			+ "table.t td { text-align: center; }\n"
			+ "table.t td.corner { font-size: 9pt; line-height: 1.35; text-align: left; }\n"
			+ "table.t2 col.label { width: 34%; }\n"
			+ "table.t2 th, table.t2 td { padding: 3pt 4pt; }\n"
			+ "table.t2 th.block { text-align: center; }\n"
			+ "table.t3 col.block { width: 6.5%; }\n"
			+ "table.t3 col.group { width: 12%; }\n"
			+ "table.t3 col.value { width: 7.5%; }\n"
			+ "table.t4 { font-size: 9.5pt; }\n"
			+ "thead { display: table-header-group; }\n"
			+ "tr, .row-group.keep { break-inside: avoid; page-break-inside: avoid; }\n"
			+ "tr.keep-next { break-after: avoid; page-break-after: avoid; }\n"
			+ "tr.spans-block { break-inside: auto; page-break-inside: auto; }\n"
			+ "table.t2, table.t4 { break-inside: avoid; page-break-inside: avoid; }\n"
			+ "@media print {\n"
			+ "  html { background: none; }\n"
			+ "  .document { width: auto; margin: 0; padding: 0; box-shadow: none; }\n"
			+ "}\n";

	/** Review pages only: the findings. */
	static final String REVIEW = ""
			+ ".review-summary { box-sizing: border-box; width: 210mm; max-width: 100%; margin: 10mm auto 0;"
			+ " padding: 6mm 12mm; background: #fff; border: 1px solid #90a4ae; font-family: " + HEI + ";"
			+ " font-size: 11pt; line-height: 1.6; }\n"
			+ ".review-summary h2 { text-indent: 0; font-size: 14pt; margin: 0 0 .3em; }\n"
			+ ".review-summary p { text-indent: 0; }\n"
			+ ".review-list { margin: .4em 0 0; padding-left: 2.2em; }\n"
			+ ".review-item { margin: .15em 0; }\n"
			+ ".code { font-family: ui-monospace, \"DejaVu Sans Mono\", Consolas, monospace; font-size: .9em; }\n"
			+ ".loc { color: #455a64; }\n"
			+ ".count-error, .error > .sign, .fn-ref.error, .finding-note.error .sign { color: #b71c1c; }\n"
			+ ".count-warning, .warning > .sign, .fn-ref.warning, .finding-note.warning .sign { color: #8a4b00; }\n"
			+ ".sign { font-weight: bold; }\n"
			+ ".computed-sample, body.review td.computed { background-color: #e3ecf8; }\n"
			+ "body.review .finding.error { outline: 2px solid #c62828; outline-offset: -2px;"
			+ " background-color: #fdecea; }\n"
			+ "body.review .finding.warning { outline: 2px dashed #b26a00; outline-offset: -2px;"
			+ " background-color: #fff4d6; }\n"
			+ "body.review h2.finding, body.review h3.finding, body.review .narrative.finding,"
			+ " body.review header.finding, body.review table.finding { outline-offset: 3px; }\n"
			+ ".fn-ref { text-decoration: none; font-size: 8pt; margin-left: 2pt; white-space: nowrap; }\n"
			+ ".table-flags { text-indent: 0; margin: .3em 0 0; font-size: 10pt; }\n"
			+ "ol.finding-notes { list-style: none; margin: -.6em 0 1em; padding: 0; }\n"
			+ ".finding-note { display: block; margin: .3em 0 .6em; padding: .25em .6em; text-indent: 0;"
			+ " font-family: " + HEI + "; font-size: 10pt; line-height: 1.5; border-left: 4px solid #c62828;"
			+ " background: #fdecea; break-inside: avoid; }\n"
			+ ".finding-note.warning { border-left: 4px dashed #b26a00; background: #fff4d6; }\n"
			+ ".finding-note .severity { font-weight: bold; }\n"
			+ ".finding-note a, .review-item a { color: inherit; }\n"
			+ ":target { box-shadow: 0 0 0 3px #1565c0; }\n"
			+ "@media print {\n"
			+ "  body.review { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
			+ "  .review-summary { width: auto; margin: 0 0 8mm; border: 1px solid #000; }\n"
			+ "}\n";
}
