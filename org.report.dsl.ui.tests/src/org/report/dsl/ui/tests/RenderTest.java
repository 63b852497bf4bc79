package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.publish.PublishedReportBuilder;
import org.report.dsl.publish.TextRenderer;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.ui.ReportUi;
import org.report.dsl.ui.render.RenderHandler;
import org.report.dsl.ui.render.Rendering;

import com.google.inject.Injector;

/** Render Report on the report in the editor writes the three documents next to the file. */
public class RenderTest {

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	/** The example rendered as `reportdsl render --format text` renders it: loaded from its file. */
	private static String cliText(String example) {
		Injector injector = ReportUi.injector();
		Path path = Path.of(System.getProperty("reportdsl.root", ".."), "examples", example).toAbsolutePath();
		Resource resource = injector.getInstance(XtextResourceSet.class)
				.getResource(URI.createFileURI(path.normalize().toString()), true);
		Report report = (Report) resource.getContents().get(0);
		return new TextRenderer().render(
				new PublishedReportBuilder().build(injector.getInstance(ReportAnalysis.class).of(report)));
	}

	private static String read(IFile file) throws Exception {
		return new String(file.readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	public void writesTextHtmlAndReviewNextToTheReport() throws Exception {
		Workbench.openParsed("render", "pingtan-2022.report", Workbench.example("pingtan-2022.report"));
		IProject project = Workbench.page().getActiveEditor().getEditorInput().getAdapter(IFile.class).getProject();
		IFile txt = project.getFile("pingtan-2022.txt");
		IFile html = project.getFile("pingtan-2022.html");
		IFile review = project.getFile("pingtan-2022.review.html");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.report.dsl.ui.render", null);
		// the files exist in the workspace before their contents are on disk: the job is waited for too
		Workbench.waitFor("the three documents", () -> txt.exists() && html.exists() && review.exists()
				&& Job.getJobManager().find(RenderHandler.FAMILY).length == 0);
		String expected = cliText("pingtan-2022.report");
		assertTrue(expected.startsWith("平潭综合实验区"), expected.lines().findFirst().orElse(""));
		assertEquals(expected, read(txt));
		assertTrue(read(html).contains("<html"), "the print-ready page");
		assertTrue(read(review).contains("S1"), "the review page shows the example's S1 finding");
	}

	/** A GBK file is refused as `reportdsl render` refuses it: nothing written, no mojibake. */
	@Test
	public void aFileThatIsNotUtf8IsRefusedAndNothingIsWritten() throws Exception {
		IFile file = Workbench.file("render-gbk", "gbk.report", "");
		file.setContents(new ByteArrayInputStream(Workbench.example("pingtan-2022.report").getBytes(Charset.forName("GBK"))),
				IResource.FORCE, null);
		Rendering.Result result = Rendering.render(file, new NullProgressMonitor());
		assertEquals(List.of(), result.written());
		assertEquals(1, result.errors());
		assertEquals("ENCODING", result.unreadable().code());
		assertEquals("文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", result.unreadable().message());
		for (String name : List.of("gbk.txt", "gbk.html", "gbk.review.html")) {
			assertFalse(file.getProject().getFile(name).exists(), name);
		}
	}
}
