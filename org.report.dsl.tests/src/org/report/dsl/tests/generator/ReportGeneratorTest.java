package org.report.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.report.dsl.generator.ReportDslGenerationSetup;
import org.report.dsl.generator.ReportGenerator;
import org.report.dsl.generator.ReportGeneratorContext;
import org.report.dsl.publish.RenderService;
import org.report.dsl.publish.RenderService.Documents;
import org.report.dsl.standalone.ReportLoader;
import org.report.dsl.tests.ReportDslInjectorProvider;
import org.report.dsl.tests.Sources;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;

/** Generation on save (IGenerator2) into an in-memory file system: the formats chosen, the errors rule. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class ReportGeneratorTest {

	/** Line 11 is the first row of table 三: R1 is an error there. */
	private static final String WITH_ERROR = Sources.table3("新收 自然人 1");
	private static final String OUT = IFileSystemAccess.DEFAULT_OUTPUT;

	@Inject
	private Injector injector;

	@Inject
	private ReportGenerator generator;

	@Inject
	private ReportLoader loader;

	@Inject
	private RenderService renderService;

	private static Path example(String name) {
		return Path.of(System.getProperty("reportdsl.root"), "examples", name).toAbsolutePath().normalize();
	}

	/** The report at the URI, loaded as a build loads it: through a resource set. */
	private XtextResource load(URI uri) {
		return (XtextResource) injector.getInstance(XtextResourceSet.class).getResource(uri, true);
	}

	private XtextResource parse(String name, String text) {
		return loader.parse(URI.createFileURI("/nowhere/" + name), text);
	}

	/** Every file of the file system access, by name, as UTF-8 text. */
	private static Map<String, String> files(InMemoryFileSystemAccess fsa) {
		Map<String, String> out = new TreeMap<>();
		fsa.getAllFiles().forEach((name, content) -> out.put(name,
				content instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : content.toString()));
		return out;
	}

	private static RenderService.Document document(RenderService.Rendered rendered, Documents kind) {
		return rendered.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	public void theGenerationSetupBindsTheReportGeneratorAndTheLanguageNone() {
		assertSame(ReportGenerator.class, new ReportDslGenerationSetup().createInjector().getInstance(IGenerator2.class).getClass());
		assertNull(injector.getExistingBinding(Key.get(IGenerator2.class)),
				"Xtext's language server runs a bound generator after every build");
	}

	@Test
	public void byDefaultTheTextAndTheHtmlOfTheRenderServiceAreWritten() {
		Path file = example("pingtan-2022.report");
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(load(URI.createFileURI(file.toString())), fsa, new GeneratorContext());
		RenderService.Rendered expected = renderService.render(loader.check(file),
				List.of(Documents.TEXT, Documents.HTML), false);
		assertEquals(List.of(OUT + "pingtan-2022.html", OUT + "pingtan-2022.txt"), List.copyOf(files(fsa).keySet()));
		assertArrayEquals(document(expected, Documents.TEXT).bytes(), fsa.getBinaryFiles().get(OUT + "pingtan-2022.txt"));
		assertArrayEquals(document(expected, Documents.HTML).bytes(), fsa.getBinaryFiles().get(OUT + "pingtan-2022.html"));
		assertTrue(files(fsa).get(OUT + "pingtan-2022.txt").startsWith("平潭综合实验区"),
				files(fsa).get(OUT + "pingtan-2022.txt").lines().findFirst().orElse(""));
	}

	@Test
	public void theFormatsAProjectChoosesAreWrittenAndNoOther() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		fsa.generateFile("a.html", OUT, "<html>an older page</html>");
		generator.doGenerate(parse("a.report", Sources.valid()), fsa,
				new ReportGeneratorContext(ReportGeneratorContext.named(List.of("review", "text", "docx"))));
		assertEquals(List.of(OUT + "a.docx", OUT + "a.review.html", OUT + "a.txt"), List.copyOf(files(fsa).keySet()));
		assertTrue(files(fsa).get(OUT + "a.txt").startsWith("测试局2025年政府信息公开工作年度报告"),
				files(fsa).get(OUT + "a.txt").lines().findFirst().orElse(""));
		assertEquals("PK\u0003\u0004", new String(fsa.getBinaryFiles().get(OUT + "a.docx"), 0, 4, StandardCharsets.ISO_8859_1),
				"the Word document is a zip");
	}

	@Test
	public void aReportWithErrorsGetsNeitherWordNorPdf() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		fsa.generateFile("d.docx", OUT, "an older Word document");
		fsa.generateFile("d.pdf", OUT, "an older PDF");
		RenderService.Rendered rendered = generator.generate(loader.check(parse("d.report", WITH_ERROR), CancelIndicator.NullImpl),
				"d", fsa, new ReportGeneratorContext(List.of(Documents.DOCX, Documents.PDF)));
		assertEquals(List.of(OUT + "d.review.html"), List.copyOf(files(fsa).keySet()));
		assertEquals(List.of(Documents.DOCX, Documents.PDF), rendered.withheld());
		assertEquals(List.of(), rendered.failed());
	}

	@Test
	public void aReportWithErrorsGetsOnlyTheReviewPageAndItsOlderDocumentsAreDeleted() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(parse("b.report", Sources.valid()), fsa, new GeneratorContext());
		assertEquals(List.of(OUT + "b.html", OUT + "b.txt"), List.copyOf(files(fsa).keySet()));
		generator.doGenerate(parse("b.report", WITH_ERROR), fsa, new GeneratorContext());
		assertEquals(List.of(OUT + "b.review.html"), List.copyOf(files(fsa).keySet()));
		String review = files(fsa).get(OUT + "b.review.html");
		assertTrue(review.contains("R1"), "the review page shows the finding");
		generator.doGenerate(parse("b.report", Sources.valid()), fsa, new GeneratorContext());
		assertEquals(List.of(OUT + "b.html", OUT + "b.txt"), List.copyOf(files(fsa).keySet()),
				"the review page goes once the error is fixed, unless chosen");
	}

	@Test
	public void aResourceWhoseBytesAreNotUtf8GetsNoDocument() {
		XtextResource resource = load(URI.createFileURI(example("pingtan-2022.report").toString()));
		XtextResource gbk = (XtextResource) resource.getResourceSet().createResource(URI.createFileURI("/nowhere/gbk.report"));
		try {
			gbk.load(new java.io.ByteArrayInputStream(Sources.valid().getBytes(java.nio.charset.Charset.forName("GBK"))),
					Map.of());
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(gbk, fsa, new GeneratorContext());
		assertEquals(Map.of(), files(fsa));
	}

	@Test
	public void aCancelledBuildWritesAndDeletesNothing() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		fsa.generateFile("c.txt", OUT, "an older text");
		GeneratorContext cancelled = new GeneratorContext();
		cancelled.setCancelIndicator(() -> true);
		XtextResource resource = parse("c.report", WITH_ERROR);
		generator.doGenerate(resource, fsa, cancelled);
		assertEquals(Map.of(OUT + "c.txt", "an older text"), files(fsa));
		assertNull(generator.generate(loader.check(resource, CancelIndicator.NullImpl), "c", fsa,
				cancelled));
		assertEquals(Map.of(OUT + "c.txt", "an older text"), files(fsa));
	}

	@Test
	public void formatNamesAreReadAsTheCommandLineNamesThem() {
		assertEquals(List.of(Documents.HTML, Documents.TEXT, Documents.PDF, Documents.DOCX),
				ReportGeneratorContext.named(List.of(" HTML", "text", "html", "pdf", "json", "DOCX")));
		assertEquals("review", ReportGeneratorContext.nameOf(Documents.REVIEW));
		assertEquals("docx", ReportGeneratorContext.nameOf(Documents.DOCX));
	}
}
