package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;
import org.report.dsl.ui.validation.ProblemMarkers;
import org.report.dsl.ui.workspace.WorkspaceValidation;

/** Markers for the reports in the workspace that no editor has open: written from disk, kept current. */
public class WorkspaceValidationTest {

	private static final String PROJECT = "workspace";
	/** Samples.TOTALS's findings: 新收 (line 10) says 总计 4 where its cells add to 3 (R3), so its column's total disagrees (R1). */
	private static final List<String> TOTALS = List.of("R1 line 10", "R3 line 10");
	private static final String FIXED = Samples.TOTALS.replace("总计 4", "总计 3");

	@BeforeAll
	public static void started() {
		Workbench.waitFor("the workbench's startup to start workspace validation", WorkspaceValidation::started);
	}

	@AfterEach
	public void close() {
		Workbench.closeAll();
		settle();
	}

	/** Waits until the workspace validation has nothing queued or running. */
	static void settle() {
		Workbench.waitFor("workspace validation", () -> Job.getJobManager().find(WorkspaceValidation.FAMILY).length == 0);
	}

	@Test
	public void reportsNoEditorOpenedGetTheirMarkersAndAFixOnDiskClearsThem() throws Exception {
		IFile valid = Workbench.file(PROJECT, "valid.report", FIXED);
		IFile wrong = Workbench.file(PROJECT, "wrong.report", Samples.TOTALS);
		settle();
		assertEquals(List.of(), Workbench.markers(valid));
		assertEquals(TOTALS, Workbench.markers(wrong));
		assertEquals(ProblemMarkers.TYPE, wrong.findMarkers(null, true, IResource.DEPTH_ZERO)[0].getType());

		Workbench.file(PROJECT, "wrong.report", FIXED);
		settle();
		assertEquals(List.of(), Workbench.markers(wrong));
	}

	@Test
	public void aFileThatIsNotUtf8GetsOneMarkerSayingSo() throws Exception {
		IFile file = Workbench.file(PROJECT, "gbk.report", "");
		file.setContents(new ByteArrayInputStream(Samples.TOTALS.getBytes(Charset.forName("GB18030"))), IResource.FORCE,
				null);
		settle();
		assertEquals(List.of("ENCODING line 1"), Workbench.markers(file));
		IMarker marker = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("UTF-8"), marker.getAttribute(IMarker.MESSAGE, ""));
		// Problems view: the code in the description, Location as Eclipse shows it
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("请另存为 UTF-8 [ENCODING]"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals("line 1", marker.getAttribute(IMarker.LOCATION, ""));
	}

	@Test
	public void changingThePreviousReportOnDiskRevalidatesTheReportNamingIt() throws Exception {
		IFile previous = Workbench.file(PROJECT, "a.report", CrossYearTest.LAST_YEAR_CORRECTED);
		IFile current = Workbench.file(PROJECT, "b.report", CrossYearTest.THIS_YEAR);
		settle();
		assertEquals(List.of(), Workbench.markers(current));

		Workbench.file(PROJECT, previous.getName(), CrossYearTest.LAST_YEAR);
		settle();
		assertEquals(List.of("X1 line 11", "X1 line 12"), Workbench.markers(current));
		assertEquals(List.of(), Workbench.markers(previous));

		Workbench.file(PROJECT, previous.getName(), CrossYearTest.LAST_YEAR_CORRECTED);
		settle();
		assertEquals(List.of(), Workbench.markers(current));
	}

	@Test
	public void theInitialScanMarksReportsThatHaveNone() throws Exception {
		IFile wrong = Workbench.file(PROJECT, "scanned.report", Samples.TOTALS);
		settle();
		wrong.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(List.of(), Workbench.markers(wrong));
		WorkspaceValidation.rescan(wrong.getWorkspace().getRoot());
		settle();
		assertEquals(TOTALS, Workbench.markers(wrong));
	}

	@Test
	public void anOpenReportIsLeftToItsEditorAndValidatedFromDiskWhenClosed() throws Exception {
		ITextEditor editor = Workbench.openParsed(PROJECT, "open.report", Samples.TOTALS);
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		Workbench.waitFor("the editor's markers", () -> Workbench.markers(file).equals(TOTALS));
		settle();
		assertEquals(TOTALS, Workbench.markers(file), "once each");

		IDocument document = Workbench.document(editor);
		document.set(FIXED); // unsaved: the editor's findings, not the disk's
		Workbench.waitFor("the editor to clear its markers", () -> Workbench.markers(file).isEmpty());
		WorkspaceValidation.rescan(file.getProject());
		settle();
		assertEquals(List.of(), Workbench.markers(file), "the scan leaves the open report alone");

		Workbench.closeAll(); // not saved: the markers are the file's on disk again
		settle();
		assertEquals(TOTALS, Workbench.markers(file));
	}
}
