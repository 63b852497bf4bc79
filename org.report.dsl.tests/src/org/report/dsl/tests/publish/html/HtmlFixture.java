package org.report.dsl.tests.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.report.dsl.ReportDslStandaloneSetup;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.ReviewFinding;
import org.report.dsl.publish.html.HtmlRenderer;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.standalone.ReportLoader;

import com.google.inject.Injector;

/** Loads reports the way the command line does and renders and parses their pages. */
final class HtmlFixture {

	static final List<String> EXAMPLES = List.of("huaian-shizhengfu-2024", "keji-gongxin-2022", "pingtan-2022",
			"sanmenxia-keji-2025", "yindu-keji-2025");

	private static Injector injector;

	private HtmlFixture() {
	}

	/** A parsed report, its publishable form and its findings. */
	record Loaded(XtextResource resource, PublishedReport report, List<ReviewFinding> findings) {

		String html() {
			return new HtmlRenderer().render(report);
		}

		String review() {
			return new HtmlRenderer().renderReview(report, findings);
		}

		List<ReviewFinding> findings(String code) {
			return findings.stream().filter(f -> f.code().equals(code)).toList();
		}
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new ReportDslStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Path examples() {
		return Path.of(System.getProperty("reportdsl.root", ".."), "examples").toAbsolutePath().normalize();
	}

	static Loaded example(String name) {
		ReportLoader loader = injector().getInstance(ReportLoader.class);
		ReportLoader.Loaded loaded = loader.load(examples().resolve(name + ".report"));
		return of(loader, assertInstanceOf(ReportLoader.Parsed.class, loaded).resource());
	}

	/** The source text of an example, for copies with a planted error. */
	static String exampleText(String name) {
		try {
			return java.nio.file.Files.readString(examples().resolve(name + ".report"), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static Loaded source(String text) {
		ReportLoader loader = injector().getInstance(ReportLoader.class);
		return of(loader, loader.parse(Path.of("target", "test.report"), text));
	}

	private static Loaded of(ReportLoader loader, XtextResource resource) {
		Report report = (Report) resource.getContents().get(0);
		var data = injector().getInstance(ReportAnalysis.class).of(report);
		List<ReviewFinding> findings = ReviewFinding.of(resource, loader.validate(resource), data);
		PublishedReport published = new PublishedReportBuilder().build(data);
		return new Loaded(resource, published, findings);
	}

	/** Parses a page and fails on any HTML parse error (misnesting, bad characters, stray end tags …). */
	static Document parse(String html) {
		Parser parser = Parser.htmlParser().setTrackErrors(50);
		Document doc = parser.parseInput(html, "");
		ParseErrorList errors = parser.getErrors();
		assertEquals(List.of(), errors.stream().map(Object::toString).toList(), "HTML parse errors");
		return doc;
	}
}
