package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.DefaultMarkerAnnotationAccess;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.report.dsl.tests.ide.Samples;
import org.report.dsl.ui.completion.ReportCompletionProcessor;
import org.report.dsl.ui.model.ParsedReport;
import org.report.dsl.ui.model.ReportModel;
import org.report.dsl.ui.model.ReportModels;
import org.report.dsl.ui.outline.OutlineSymbols;
import org.report.dsl.ui.outline.ReportOutlinePage;
import org.report.dsl.ui.quickfix.CodeActionProposal;
import org.report.dsl.ui.quickfix.ReportQuickAssist;
import org.report.dsl.text.DisplayWidth;
import org.report.dsl.ui.validation.ProblemAnnotations;
import org.report.dsl.ui.validation.ProblemMarkers;

/** The editor on an example report, in a running workbench. */
public class EditorTest {

	private static final String ROW = "  新收 自然人 71 商业企业 3 总计 74";

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	private ITextEditor openExample(String name, String text) throws Exception {
		IFile file = Workbench.file("examples", name, text);
		ITextEditor editor = Workbench.open(file);
		ReportModel model = ReportModels.find(Workbench.document(editor)).orElseThrow();
		Workbench.waitFor("the first parse", () -> model.latest().isPresent());
		return editor;
	}

	private static IFile fileOf(ITextEditor editor) {
		return editor.getEditorInput().getAdapter(IFile.class);
	}

	/**
	 * A GBK file opened in the editor gets the command line's one ENCODING error (at the first byte
	 * that is not UTF-8: 「平潭综」 happen to be valid UTF-8 byte pairs), not findings on mojibake.
	 */
	@Test
	public void aFileThatIsNotUtf8GetsOneEncodingError() throws Exception {
		IFile file = Workbench.file("examples", "gbk.report", "");
		file.setContents(new java.io.ByteArrayInputStream(
				("// GBK\n" + Workbench.example("pingtan-2022.report")).getBytes(java.nio.charset.Charset.forName("GBK"))),
				org.eclipse.core.resources.IResource.FORCE, null);
		ITextEditor editor = Workbench.open(file);
		ReportModel model = ReportModels.find(Workbench.document(editor)).orElseThrow();
		Workbench.waitFor("the first parse", () -> model.latest().isPresent());
		assertEquals("ENCODING 2:6 文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8",
				String.join("\n", model.latest().get().issues().stream()
						.map(i -> i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList()));
		Workbench.waitFor("markers", () -> !Workbench.markers(file).isEmpty());
		assertEquals(List.of("ENCODING line 2"), Workbench.markers(file));
	}

	@Test
	public void opensInTheGenericEditorWithTheExamplesFinding() throws Exception {
		ITextEditor editor = openExample("pingtan-2022.report", Workbench.example("pingtan-2022.report"));
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		IFile file = fileOf(editor);
		Workbench.waitFor("markers", () -> !Workbench.markers(file).isEmpty());
		assertEquals(List.of("S1 line 72"), Workbench.markers(file));
	}

	@Test
	public void highlightsKeywordsHeadingsAndLabels() throws Exception {
		String text = Workbench.example("pingtan-2022.report");
		ITextEditor editor = openExample("pingtan-2022.report", text);
		StyledText widget = Workbench.viewer(editor).getTextWidget();
		int keyword = text.indexOf("年报 平潭");
		Workbench.waitFor("styles", () -> widget.getStyleRangeAtOffset(keyword) != null);
		StyleRange k = widget.getStyleRangeAtOffset(keyword);
		assertEquals(SWT.BOLD, k.fontStyle);
		assertEquals(0x80, k.foreground.getRed());
		StyleRange heading = widget.getStyleRangeAtOffset(text.indexOf("\n一、总体情况") + 1);
		assertEquals(SWT.BOLD, heading.fontStyle);
		assertEquals(0x99, heading.foreground.getBlue());
		StyleRange row = widget.getStyleRangeAtOffset(text.indexOf(ROW) + 2);
		assertEquals(0x66, row.foreground.getGreen());
		assertEquals(0x66, row.foreground.getBlue());
		StyleRange comment = widget.getStyleRangeAtOffset(0);
		assertEquals(SWT.ITALIC, comment.fontStyle);
	}

	@Test
	public void proposesRowLabelsTypedInPinyinInitials() throws Exception {
		String text = Workbench.example("pingtan-2022.report").replace(ROW, "  xs");
		ITextEditor editor = openExample("typing.report", text);
		int offset = text.indexOf("  xs") + 4;
		ICompletionProposal[] proposals = new ReportCompletionProcessor()
				.computeCompletionProposals(Workbench.viewer(editor), offset);
		List<String> shown = new ArrayList<>();
		for (ICompletionProposal p : proposals) {
			shown.add(p.getDisplayString());
		}
		ICompletionProposal xinshou = null;
		for (ICompletionProposal p : proposals) {
			if (p.getDisplayString().startsWith("新收")) {
				xinshou = p;
			}
		}
		assertTrue(xinshou != null, "新收 among " + shown);
		IDocument document = Workbench.document(editor);
		xinshou.apply(document);
		assertTrue(document.get().contains("\n  新收"), "applied");
	}

	@Test
	public void aWrongTotalIsMarkedAndItsQuickFixRemovesTheMarker() throws Exception {
		String text = Workbench.example("pingtan-2022.report");
		ITextEditor editor = openExample("planted.report", text);
		IFile file = fileOf(editor);
		IDocument document = Workbench.document(editor);
		Workbench.waitFor("the example's marker", () -> Workbench.markers(file).equals(List.of("S1 line 72")));
		int total = text.indexOf(ROW) + ROW.length() - 2;
		document.replace(total, 2, "75");
		Workbench.waitFor("an R3 marker", () -> Workbench.markers(file).contains("R3 line 58"));
		// the row's total (R3), the column it adds to (R1) and the narrative's 收到…件 (T3) all disagree now
		assertEquals(List.of("T3 line 33", "R1 line 58", "R3 line 58", "S1 line 72"), Workbench.markers(file));
		Workbench.waitFor("its annotation", () -> errorAnnotations(editor).contains("R3"));
		// drawn once each: the markers' own annotations are not drawn (R1 and R3 are on the same cell)
		assertEquals(List.of("T3", "R1", "R3", "S1"), errorAnnotations(editor));
		Workbench.waitFor("the markers' annotations", () -> markerAnnotationTypes(editor).size() == 4);
		assertEquals(List.of("org.report.dsl.ui.problem.marker.error", "org.report.dsl.ui.problem.marker.error",
				"org.report.dsl.ui.problem.marker.warning", "org.report.dsl.ui.problem.marker.warning"),
				markerAnnotationTypes(editor));
		assertTrue(new ReportQuickAssist().canFix(problemAnnotation(editor, "R3")), "R3 offers its fix");

		List<CodeActionProposal> fixes = ReportQuickAssist.fixes(ReportModels.current(document), total);
		// the total is also the culprit of its two failing relations (R1, R3): the same edit is offered once
		assertEquals(List.of("将合计 三 一·总计 改为计算值 74"), fixes.stream().map(CodeActionProposal::title).toList());
		fixes.get(0).apply(document);
		assertEquals(text, document.get());
		Workbench.waitFor("the R3 marker to go", () -> Workbench.markers(file).equals(List.of("S1 line 72")));
		Workbench.waitFor("the R3 annotation to go", () -> errorAnnotations(editor).equals(List.of("S1")));
	}

	@Test
	public void outlineListsTheSixSectionsWithTheirTables() throws Exception {
		ITextEditor editor = openExample("pingtan-2022.report", Workbench.example("pingtan-2022.report"));
		assertInstanceOf(ReportOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
		ParsedReport parsed = ReportModels.current(Workbench.document(editor));
		List<String> lines = new ArrayList<>();
		for (DocumentSymbol s : OutlineSymbols.of(parsed)) {
			lines.add(OutlineSymbols.label(s));
			if (s.getChildren() != null) {
				for (DocumentSymbol c : s.getChildren()) {
					lines.add("  " + OutlineSymbols.label(c));
				}
			}
		}
		assertEquals("""
				一、总体情况
				  （一）主动公开方面
				  （二）依申请公开方面
				  （三）政府信息管理方面
				  （四）信息公开平台建设方面
				  （五）监督保障方面
				二、主动公开政府信息情况
				  表二  (二、主动公开政府信息情况)
				三、收到和处理政府信息公开申请情况
				  表三  (三、收到和处理政府信息公开申请情况)
				四、政府信息公开行政法复议、行政诉讼情况  (四、政府信息公开行政复议、行政诉讼情况)
				  表四  (四、政府信息公开行政复议、行政诉讼情况)
				五、存在的主要问题及改进情况
				六、其他需要报告的事项""", String.join("\n", lines));
	}

	/**
	 * A planted value that breaks its row's 总计 (R3) and its column's sum (R2): both totals are marked, and
	 * the cell they share (the one changed) gets one information annotation naming the two findings.
	 */
	@Test
	public void theLikelyWrongCellOfFailingRelationsIsAnnotatedToo() throws Exception {
		ITextEditor editor = Workbench.openParsed("related", "planted.report", Samples.PLANTED);
		Workbench.waitFor("the problem annotations", () -> !relatedCellAnnotations(editor).isEmpty());
		assertEquals(List.of("R3", "R2"), errorAnnotations(editor));
		IAnnotationModel model = Workbench.viewer(editor).getAnnotationModel();
		List<Annotation> related = relatedCellAnnotations(editor);
		assertEquals(1, related.size(), related::toString);
		Annotation cell = related.get(0);
		assertEquals("org.eclipse.ui.workbench.texteditor.info", cell.getType());
		int planted = Samples.PLANTED.indexOf("予以公开 自然人 3") + "予以公开 自然人 ".length();
		assertEquals(planted, model.getPosition(cell).getOffset());
		assertEquals(1, model.getPosition(cell).getLength());
		String message = ((ProblemAnnotations.RelatedCellAnnotation) cell).message();
		List<String> lines = List.of(message.split("\n"));
		assertEquals("可能出错的单元格：三 （一）·自然人（改为 2 则 2 处勾稽关系均成立）", lines.get(0));
		assertEquals(List.of("R2", "R3"), lines.subList(1, lines.size()).stream().map(l -> l.substring(0, 2)).sorted().toList(),
				message);
		// the annotation's own text, which the Generic Editor's and the ruler's hovers show without wrapping:
		// the same words, broken into lines of at most 80 columns
		assertEquals(message.replaceAll("[\n ]", ""), cell.getText().replaceAll("[\n ]", ""));
		for (String line : cell.getText().split("\n")) {
			assertTrue(DisplayWidth.of(line) <= 80, line);
		}
	}

	/** A wrong total no other failure shares is itself the culprit: no other cell is annotated. */
	@Test
	public void aLoneWrongTotalAnnotatesNoOtherCell() throws Exception {
		ITextEditor editor = Workbench.openParsed("related", "lone.report", Samples.TOTALS);
		Workbench.waitFor("the problem annotations", () -> !errorAnnotations(editor).isEmpty());
		assertEquals(List.of(), relatedCellAnnotations(editor));
	}

	private static List<Annotation> relatedCellAnnotations(ITextEditor editor) {
		List<Annotation> out = new ArrayList<>();
		for (Iterator<Annotation> it = Workbench.viewer(editor).getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotations.RelatedCellAnnotation a) {
				out.add(a);
			}
		}
		return out;
	}

	private static boolean isReportMarker(MarkerAnnotation m) {
		try {
			return m.getMarker().exists() && ProblemMarkers.TYPE.equals(m.getMarker().getType());
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	/** The annotation types of the report markers' annotations in the editor's document model. */
	private static List<String> markerAnnotationTypes(ITextEditor editor) {
		List<String> out = new ArrayList<>();
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation m && isReportMarker(m)) {
				out.add(m.getType());
			}
		}
		out.sort(null);
		return out;
	}

	private static Annotation problemAnnotation(ITextEditor editor, String code) {
		for (Iterator<Annotation> it = Workbench.viewer(editor).getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotations.ProblemAnnotation p && code.equals(p.problem().code())) {
				return p;
			}
		}
		throw new AssertionError("no " + code + " annotation");
	}

	private static final List<String> DRAWN_AS_PROBLEMS = List.of("org.eclipse.ui.workbench.texteditor.error",
			"org.eclipse.ui.workbench.texteditor.warning", "org.eclipse.ui.workbench.texteditor.info");

	/** Whether the editor draws the annotation as a problem (as its painter decides: by type or super type). */
	private static boolean drawnAsProblem(Annotation a) {
		DefaultMarkerAnnotationAccess access = new DefaultMarkerAnnotationAccess();
		return !a.isMarkedDeleted() && DRAWN_AS_PROBLEMS.stream().anyMatch(t -> access.isSubtype(a.getType(), t));
	}

	/**
	 * The rule codes of the problems the editor draws, in document order: our annotations and any
	 * report marker's annotation drawn as a problem (there should be none: one per finding).
	 */
	static List<String> errorAnnotations(ITextEditor editor) {
		IAnnotationModel model = Workbench.viewer(editor).getAnnotationModel();
		record Found(int offset, String code) {
		}
		List<Found> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (!drawnAsProblem(a)) {
				continue;
			}
			String code = null;
			if (a instanceof ProblemAnnotations.ProblemAnnotation p) {
				code = p.problem().code();
			} else if (a instanceof MarkerAnnotation m && isReportMarker(m)) {
				code = m.getMarker().getAttribute(ProblemMarkers.CODE, "?");
			}
			if (code != null) {
				found.add(new Found(model.getPosition(a).getOffset(), code));
			}
		}
		found.sort(Comparator.comparingInt(Found::offset).thenComparing(Found::code));
		return found.stream().map(Found::code).toList();
	}

}
