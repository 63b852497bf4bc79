package org.report.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * X1 in the editor: this year's report names last year's (上年 "a.report") in the same project; a
 * carry-over mismatch is marked, and saving a corrected last year's report clears the marker of the
 * open report that depends on it.
 */
public class CrossYearTest {

	/** Lines 1–2 header, 一 on 3, 二 on 7, 三 on 10, its "{" on 11 and its rows from line 12. */
	private static String report(String header, String table3) {
		return header + """

				一、总体情况
				\"""
				本机关依法做好政府信息公开工作。
				\"""
				二、主动公开政府信息情况
				{
				}
				三、收到和处理政府信息公开申请情况
				{
				""" + table3 + """
				}
				四、政府信息公开行政复议、行政诉讼情况
				{
				}
				五、存在的主要问题及改进情况
				\"""
				存在问题：宣传不够。改进情况：加强宣传。
				\"""
				六、其他需要报告的事项
				\"""
				本年度未收取信息处理费。
				\"""
				""";
	}

	static final String LAST_YEAR = report("年报 测试局 2024 格式 2021\n// 去年",
			"  新收 自然人 2 商业企业 1\n  结转下年 自然人 2 商业企业 1\n");
	static final String LAST_YEAR_CORRECTED = report("年报 测试局 2024 格式 2021\n// 去年",
			"  新收 自然人 3 商业企业 1\n  结转下年 自然人 3 商业企业 1\n");
	static final String THIS_YEAR = report("年报 测试局 2025 格式 2021\n上年 \"a.report\"",
			"  上年结转 自然人 3 商业企业 1\n  予以公开 自然人 3 商业企业 1\n");

	@AfterEach
	public void close() {
		Workbench.closeAll();
	}

	@Test
	public void savingTheCorrectedPreviousReportClearsX1InTheOpenReport() throws Exception {
		IFile previous = Workbench.file("crossyear", "a.report", LAST_YEAR);
		ITextEditor current = Workbench.openParsed("crossyear", "b.report", THIS_YEAR);
		IFile file = current.getEditorInput().getAdapter(IFile.class);
		Workbench.waitFor("X1 markers", () -> !Workbench.markers(file).isEmpty());
		assertEquals(List.of("X1 line 11", "X1 line 12"), Workbench.markers(file));

		ITextEditor last = Workbench.open(previous);
		IDocument document = Workbench.document(last);
		document.set(LAST_YEAR_CORRECTED);
		Workbench.waitFor("last year's report parsed", () -> Workbench.markers(previous).isEmpty());
		assertEquals(List.of("X1 line 11", "X1 line 12"), Workbench.markers(file), "unsaved: this year reads the file");
		last.doSave(null);
		Workbench.waitFor("the X1 markers to go", () -> Workbench.markers(file).isEmpty());
		assertEquals(List.of(), Workbench.markers(file));
	}

	@Test
	public void rewritingThePreviousReportOnDiskRevalidatesTheOpenReport() throws Exception {
		IFile previous = Workbench.file("crossyear", "a.report", LAST_YEAR_CORRECTED);
		ITextEditor current = Workbench.openParsed("crossyear", "b.report", THIS_YEAR);
		IFile file = current.getEditorInput().getAdapter(IFile.class);
		assertEquals(List.of(), Workbench.markers(file));
		Workbench.file("crossyear", previous.getName(), LAST_YEAR);
		Workbench.waitFor("X1 markers", () -> !Workbench.markers(file).isEmpty());
		assertEquals(List.of("X1 line 11", "X1 line 12"), Workbench.markers(file));
	}
}
